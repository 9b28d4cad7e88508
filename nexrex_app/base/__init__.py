"""The ground floor: the words every layer shares (errors, clock, values, blocks, units); imports nothing of ours."""
