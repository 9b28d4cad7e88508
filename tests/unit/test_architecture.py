"""The layers of .importlinter hold: a wrong import (say, a table importing a use case) fails the suite."""

from importlinter.cli import lint_imports


def test_every_package_imports_only_the_layers_below_it():
    assert lint_imports(config_filename=".importlinter", no_cache=True) == 0
