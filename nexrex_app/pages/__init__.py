"""The pages, registered on the app in one place."""

import reflex as rx

from nexrex_app.pages import (
    athlete, athlete_calendar, comments, compliance, console, generator, join, landing, login, members, organization,
    password_reset, plans, profile, signup, workouts,
)
from nexrex_app.state.athlete import AthleteHomeState
from nexrex_app.state.athlete_calendar import AthleteCalendarState
from nexrex_app.state.attention import AttentionState
from nexrex_app.state.comments import CommentsState
from nexrex_app.state.compliance import AthleteActivitiesState
from nexrex_app.state.generator import GeneratorState
from nexrex_app.state.console import ConsoleHomeState
from nexrex_app.state.join import JoinState
from nexrex_app.state.members import MembersState, MemberState
from nexrex_app.state.notices import notices_cleared
from nexrex_app.state.organization import SettingsState
from nexrex_app.state.password_reset import ResetPasswordState
from nexrex_app.state.plans import PlanBuilderState, PlanListState
from nexrex_app.state.profile import ProfileState
from nexrex_app.state.session import SessionState
from nexrex_app.state.signup import VerifyState
from nexrex_app.state.athlete_tab import TrainingState
from nexrex_app.state.workouts import WorkoutEditorState, WorkoutLibraryState

COACH_PAGES = (
    ("/console", console.home, "Console", (ConsoleHomeState.load, AttentionState.load)),
    ("/console/organization/new", organization.setup_page, "Set up your organization", None),
    ("/console/members", members.list_page, "Members", MembersState.load),
    ("/console/members/[user_id]", members.member_page, "Member", MemberState.load),
    ("/console/members/[user_id]/activities", compliance.page, "Activities", AthleteActivitiesState.load),
    ("/console/members/[user_id]/calendar", athlete_calendar.page, "Calendar", AthleteCalendarState.load),
    ("/console/plans", plans.list_page, "Training Plans", PlanListState.load),
    ("/console/plans/generate", generator.page, "Generate with AI", GeneratorState.start_fresh),
    ("/console/plans/[plan_id]", plans.builder_page, "Plan builder", PlanBuilderState.load),
    ("/console/workouts", workouts.library_page, "Workouts", WorkoutLibraryState.load),
    ("/console/workouts/[workout_id]", workouts.editor_page, "Workout", WorkoutEditorState.load),
    ("/console/settings", organization.settings_page, "Settings", SettingsState.load),
    ("/console/profile", profile.console_profile, "Your profile", ProfileState.load),
    ("/console/comments", comments.page, "Comments", CommentsState.load),
)


def register(app: rx.App) -> None:
    app.add_page(landing.page, route="/", title="nexrex — coaching for endurance athletes")
    app.add_page(signup.signup_page, route="/signup", title="Sign up as a Coach · nexrex")
    app.add_page(signup.verify_page, route="/signup/verify", title="Set your password · nexrex",
                 on_load=VerifyState.check_link)
    app.add_page(login.page, route="/login", title="Sign in · nexrex", on_load=SessionState.skip_if_signed_in)
    app.add_page(join.join_page, route="/join", title="Join · nexrex", on_load=JoinState.check)
    app.add_page(join.athlete_login, route="/athlete/login", title="Athlete sign in · nexrex")
    app.add_page(password_reset.forgot_page, route="/forgot-password", title="Forgot your password · nexrex")
    app.add_page(password_reset.reset_page, route="/reset-password", title="Choose a new password · nexrex",
                 on_load=ResetPasswordState.check_link)
    app.add_page(athlete.home, route="/athlete", title="Training · nexrex",
                 on_load=[SessionState.require_athlete, CommentsState.load,
                          *notices_cleared(TrainingState.load, AthleteHomeState.load), TrainingState.follow_calendar])
    app.add_page(profile.athlete_profile, route=athlete.PROFILE_PAGE, title="Your profile · nexrex",
                 on_load=[SessionState.require_athlete, ProfileState.load])
    for route, page, title, load in COACH_PAGES:
        loads = load if isinstance(load, tuple) else (load,) if load else ()
        on_load = [SessionState.require_sign_in, *notices_cleared(*loads)]
        app.add_page(page, route=route, title=f"{title} · nexrex", on_load=on_load)
