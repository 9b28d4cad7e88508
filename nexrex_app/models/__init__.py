"""SQLModel tables and API schemas. Importing this package registers every table."""

from nexrex_app.models.accounts import AccessToken, LoginFailure, PasswordReset, User, VerificationToken
from nexrex_app.models.activities import Activity, AttentionDismissal, PlanInstance
from nexrex_app.models.feedback import ActivityComment, CommentRead, DailyWorkoutEmail, EmailSettings
from nexrex_app.models.organizations import (
    ApiKey,
    Group,
    GroupAuditEntry,
    GroupMember,
    Invitation,
    MemberLabel,
    Membership,
    Organization,
)
from nexrex_app.models.library import AccountFeature, OrgFeature, TrainingPlan, Workout

__all__ = [
    "AccessToken", "AccountFeature", "LoginFailure", "Activity", "AttentionDismissal", "PlanInstance", "OrgFeature", "TrainingPlan", "Workout", "ApiKey", "Group", "GroupAuditEntry", "GroupMember", "Invitation", "MemberLabel",
    "Membership", "Organization", "PasswordReset", "User", "VerificationToken", "ActivityComment", "CommentRead",
    "DailyWorkoutEmail", "EmailSettings",
]
