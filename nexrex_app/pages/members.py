"""Members: the roster with filters, Add Member, pending invitations, and one member's page."""

import reflex as rx

from nexrex_app.components.load_chart import load_chart
from nexrex_app.components.forms import inline_error, labelled, notice, worded
from nexrex_app.base.wording import ROLE_WORDS, VISIBILITY_WORDS
from nexrex_app.components.layout import console_page
from nexrex_app.domain.organization_pages import GroupChoice, MemberRow, PendingInvitation
from nexrex_app.state.filters import ANY
from nexrex_app.state.members import MemberState, MembersState
from nexrex_app.state.session import SessionState


def _label_badges(labels) -> rx.Component:
    return rx.flex(rx.foreach(labels, lambda label: rx.badge(label, variant="surface", color_scheme="iris")),
                   gap="4px", wrap="wrap")


def _member_row(member: MemberRow) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.link(member.shown_name, href="/console/members/" + member.user_id,
                              weight="medium"),
                      rx.text(member.email, size="1", color_scheme="gray")),
        rx.table.cell(rx.badge(worded(member.role, ROLE_WORDS), variant="soft", color_scheme="gray")),
        rx.table.cell(_label_badges(member.labels)),
        rx.table.cell(rx.text(rx.cond(member.coach_name, member.coach_name, "—"), size="2")),
        class_name="member-row",
    )


def _select(value, on_change, items, label: str, *, all_label: str) -> rx.Component:
    return rx.select.root(
        rx.select.trigger(aria_label=label, min_width="160px"),
        rx.select.content(rx.select.item(all_label, value=ANY), items),
        value=value, on_change=on_change,
    )


def _filters() -> rx.Component:
    return rx.flex(
        rx.input(placeholder="Search name or email", value=MembersState.search,
                 on_change=MembersState.set_search.debounce(300), aria_label="Search members", min_width="220px",
                 flex="1"),
        _select(MembersState.label, MembersState.set_label,
                rx.foreach(MembersState.label_options, lambda label: rx.select.item(label, value=label)),
                "Filter by label", all_label="All labels"),
        _select(MembersState.coach_id, MembersState.set_coach,
                rx.foreach(MembersState.coach_options, lambda c: rx.select.item(c.name, value=c.id)),
                "Filter by coach", all_label="All coaches"),
        gap="8px", wrap="wrap", width="100%",
    )


def _choice(name: str, label: str, options, *, none_label: str) -> rx.Component:
    return labelled(label, rx.select.root(
        rx.select.trigger(id=name, width="100%"),
        rx.select.content(rx.select.item(none_label, value=ANY),
                          rx.foreach(options, lambda o: rx.select.item(o.name, value=o.id))),
        name=name, default_value=ANY), html_for=name)


def _role_choice() -> rx.Component:
    return rx.vstack(
        rx.text("Joins as", size="2", weight="medium", id="joins-as"),
        rx.segmented_control.root(
            rx.segmented_control.item("Athlete", value="athlete"),
            rx.segmented_control.item("Assistant coach", value="assistant_coach"),
            value=MembersState.add_role, on_change=MembersState.set_add_role, width="100%",
            aria_labelledby="joins-as",
        ),
        rx.text(rx.cond(MembersState.add_role == "athlete",
                        "Trains with your plans. A coach's own account can join as an athlete too.",
                        "Coaches the athletes you assign to them and writes workouts and plans."),
                size="1", color_scheme="gray"),
        spacing="1", width="100%")


def _add_member_form() -> rx.Component:
    athlete = MembersState.add_role == "athlete"
    return rx.form(rx.vstack(
        rx.segmented_control.root(
            rx.segmented_control.item("Email", value="email"),
            rx.segmented_control.item("User ID", value="user_id"),
            value=MembersState.add_by, on_change=MembersState.set_add_by, width="100%",
        ),
        labelled(rx.cond(MembersState.add_by == "email", "Email", "User ID"),
                 rx.input(id="target", name="target", required=True, width="100%",
                          placeholder=rx.cond(MembersState.add_by == "email", "athlete@example.com", "usr_…")),
                 html_for="target"),
        _role_choice(),
        rx.cond(athlete, _choice("coach_id", "Assistant coach", MembersState.coach_options,
                                 none_label="No assigned coach")),
        labelled("Display name", rx.input(id="display_name", name="display_name", width="100%"),
                 html_for="display_name", hint="A nickname only you and your coaches see."),
        labelled("Labels", rx.input(id="labels", name="labels", width="100%", placeholder="Marathon Group, 5K Focus"),
                 html_for="labels", hint="Separate labels with commas."),
        labelled("Private notes", rx.text_area(id="notes", name="notes", width="100%", rows="3"), html_for="notes",
                 hint="Only coaches can see these."),
        rx.cond(athlete, _choice("group_id", "Group", MembersState.group_options, none_label="No group")),
        inline_error(MembersState.add_error),
        rx.hstack(
            rx.dialog.close(rx.button("Cancel", type="button", variant="soft", color_scheme="gray")),
            rx.button(rx.cond(MembersState.add_by == "email", "Send invitation", "Add member"), type="submit"),
            justify="end", width="100%",
        ),
        spacing="3", width="100%"),
        on_submit=MembersState.add_member, width="100%")


def _add_member_dialog() -> rx.Component:
    return rx.dialog.root(
        rx.dialog.trigger(rx.button(rx.icon("user_plus", size=16), "Add Member")),
        rx.dialog.content(rx.dialog.title("Add Member"),
                          rx.dialog.description("Invite someone by email, or add someone who has an account by "
                                                "user ID, as an athlete or an assistant coach.", size="2",
                                                color_scheme="gray", margin_bottom="12px"),
                          _add_member_form(), max_width="520px"),
        open=MembersState.add_open, on_open_change=MembersState.open_add,
    )


def _pending(invitation: PendingInvitation) -> rx.Component:
    return rx.hstack(
        rx.cond(invitation.email, rx.icon("mail", size=16), rx.icon("link", size=16)),
        rx.text(rx.cond(invitation.email, invitation.email,
                        "Shareable link · used " + invitation.uses.to_string() + rx.cond(
                            invitation.max_uses, " of " + invitation.max_uses.to_string(), " (unlimited)")),
                size="2"),
        rx.spacer(),
        rx.button("Withdraw", size="1", variant="soft", color_scheme="red",
                  on_click=MembersState.revoke_invitation(invitation.invitation_id)),
        width="100%", align="center",
    )


def _invitations_card() -> rx.Component:
    return rx.card(rx.vstack(
        rx.heading("Invitations", size="3"),
        rx.foreach(MembersState.pending, _pending),
        rx.form(rx.flex(
            rx.input(name="max_uses", type="number", min="1", placeholder="Maximum uses (empty: unlimited)",
                     aria_label="Maximum uses", flex="1", min_width="220px"),
            rx.button(rx.icon("link", size=16), "Create shareable link", type="submit", variant="soft"),
            gap="8px", wrap="wrap", width="100%"), on_submit=MembersState.create_link, reset_on_submit=True,
            width="100%"),
        inline_error(MembersState.link_error),
        rx.cond(MembersState.new_link != "", rx.callout(
            rx.vstack(rx.text("Share this link with your athletes. It is shown only now."),
                      rx.code(MembersState.new_link, id="new-invitation-link", word_break="break-all"), spacing="1"),
            icon="link", color_scheme="grass", width="100%")),
        spacing="2", width="100%"), width="100%")


def _group_row(group: GroupChoice) -> rx.Component:
    return rx.hstack(
        rx.icon("users", size=16),
        rx.text(group.name, weight="medium", size="2"),
        rx.badge(worded(group.privacy, VISIBILITY_WORDS), variant="soft", color_scheme="gray"),
        rx.text(group.size_text, size="1", color_scheme="gray"),
        rx.spacer(),
        rx.cond(SessionState.is_head_coach, rx.button("Delete", size="1", variant="soft", color_scheme="red",
                                                      on_click=MembersState.delete_group(group.id))),
        width="100%", align="center", class_name="group-row",
    )


def _groups_card() -> rx.Component:
    return rx.card(rx.vstack(
        rx.heading("Groups", size="3"),
        rx.text("Put athletes in groups from their member page.", size="1", color_scheme="gray"),
        rx.foreach(MembersState.group_options, _group_row),
        rx.cond(SessionState.is_head_coach, rx.form(rx.flex(
            rx.input(name="name", placeholder="New group name", required=True, aria_label="New group name",
                     flex="1", min_width="180px"),
            rx.input(name="description", placeholder="Description (optional)", aria_label="Group description",
                     flex="1", min_width="180px"),
            rx.select.root(rx.select.trigger(aria_label="Group privacy"), rx.select.content(
                *[rx.select.item(VISIBILITY_WORDS[privacy], value=privacy) for privacy in ("public", "private")]),
                name="privacy", default_value="public"),
            rx.button("Create group", type="submit", variant="soft"),
            gap="8px", wrap="wrap", width="100%"), on_submit=MembersState.create_group, reset_on_submit=True,
            width="100%")),
        inline_error(MembersState.group_error),
        spacing="2", width="100%"), width="100%")


def _roster() -> rx.Component:
    return rx.cond(
        MembersState.rows.length() > 0,
        rx.box(rx.table.root(
            rx.table.header(rx.table.row(*[rx.table.column_header_cell(h) for h in
                                           ("Member", "Role", "Labels", "Coach")])),
            rx.table.body(rx.foreach(MembersState.rows, _member_row)),
            variant="surface", width="100%"), overflow_x="auto", width="100%"),
        rx.card(rx.text("No members match.", color_scheme="gray"), width="100%"),
    )


def _no_organization() -> rx.Component:
    return rx.card(rx.vstack(
        rx.icon("users", size=32, color=rx.color("slate", 9)),
        rx.text("Your athletes and coaches appear here once your organization is set up.", color_scheme="gray"),
        rx.link(rx.button("Set up organization", variant="soft"), href="/console/organization/new"),
        align="center", spacing="3", padding="32px"), width="100%")


def list_page() -> rx.Component:
    return console_page(
        "Members",
        rx.cond(
            SessionState.org_id == "",
            _no_organization(),
            rx.vstack(
                rx.hstack(_filters(), rx.cond(SessionState.is_head_coach, _add_member_dialog()), width="100%",
                          align="center", wrap="wrap"),
                rx.cond(MembersState.add_message != "", notice(MembersState.add_message, color="grass")),
                inline_error(MembersState.error),
                rx.cond(MembersState.loaded, _roster(), rx.spinner()),
                rx.cond(MembersState.next_cursor != "", rx.button("Load more", variant="soft",
                                                                  on_click=MembersState.load_more)),
                _groups_card(),
                rx.cond(SessionState.is_head_coach, _invitations_card()),
                spacing="4", width="100%", id="members-ready",
            ),
        ),
        active="Members",
    )


def _member_form() -> rx.Component:
    member = MemberState.member
    is_athlete = member.role == "athlete"
    return rx.form(rx.vstack(
        labelled("Display name", rx.input(id="display_name", name="display_name", width="100%",
                                          default_value=member.display_name),
                 html_for="display_name", hint="A nickname only you and your coaches see."),
        labelled("Labels", rx.input(id="labels", name="labels", width="100%", default_value=MemberState.labels_text),
                 html_for="labels", hint="Separate labels with commas."),
        labelled("Private notes", rx.text_area(id="notes", name="notes", width="100%", rows="4",
                                               default_value=member.notes), html_for="notes"),
        rx.cond(SessionState.is_head_coach & is_athlete, labelled("Assistant coach", rx.select.root(
            rx.select.trigger(id="coach_id", width="100%"),
            rx.select.content(rx.select.item("No assigned coach", value=ANY),
                              rx.foreach(MemberState.coach_options, lambda o: rx.select.item(o.name, value=o.id))),
            name="coach_id", default_value=rx.cond(member.coach_id, member.coach_id, ANY)),
            html_for="coach_id")),
        rx.cond(SessionState.is_head_coach & is_athlete & (MemberState.group_options.length() > 0), rx.vstack(
            rx.text("Groups", size="2", weight="medium"),
            rx.foreach(MemberState.group_options, lambda g: rx.checkbox(
                g.name, checked=g.member,
                on_change=lambda checked: MemberState.toggle_group(g.id, checked))),
            spacing="1")),
        rx.button("Save", type="submit"),
        spacing="3", width="100%"), on_submit=MemberState.save, width="100%", key=member.user_id)


def _remove_dialog() -> rx.Component:
    member = MemberState.member
    return rx.alert_dialog.root(
        rx.alert_dialog.trigger(rx.button(rx.icon("user_x", size=16), "Remove from organization", variant="soft",
                                          color_scheme="red")),
        rx.alert_dialog.content(
            rx.alert_dialog.title("Remove " + member.shown_name + "?"),
            rx.alert_dialog.description(rx.cond(
                member.role == "assistant_coach",
                "They leave your organization. Their athletes stay, with no assigned coach.",
                "They leave your organization and its groups. Their account and what they did stay theirs."),
                size="2"),
            rx.flex(rx.alert_dialog.cancel(rx.button("Cancel", variant="soft", color_scheme="gray")),
                    rx.alert_dialog.action(rx.button("Remove", color_scheme="red", on_click=MemberState.remove)),
                    gap="3", justify="end", margin_top="16px", wrap="wrap"),
            max_width="440px"),
    )


def _role_card() -> rx.Component:
    """The head coach moves a member between athlete and assistant coach, or removes them."""
    member = MemberState.member
    athlete = member.role == "athlete"
    return rx.card(rx.vstack(
        rx.heading("Role", size="3"),
        rx.text(rx.cond(athlete,
                        "An assistant coach coaches the athletes you assign to them and writes workouts and plans.",
                        "As an athlete they train with your plans; the athletes assigned to them will have no "
                        "assigned coach."), size="2", color_scheme="gray"),
        rx.flex(
            rx.button(rx.cond(athlete, "Make assistant coach", "Make athlete"), variant="soft",
                      on_click=MemberState.change_role(rx.cond(athlete, "assistant_coach", "athlete"))),
            _remove_dialog(),
            gap="8px", wrap="wrap"),
        spacing="3", width="100%"), width="100%", max_width="640px")


def _member_header() -> rx.Component:
    member = MemberState.member
    return rx.card(rx.vstack(
        rx.hstack(rx.heading(member.shown_name, size="5", id="member-name"),
                  rx.badge(worded(member.role, ROLE_WORDS), variant="soft"), align="center", wrap="wrap"),
        rx.text(member.email, color_scheme="gray"),
        rx.text("User ID: ", rx.code(member.user_id), size="2"),
        rx.cond(member.role == "athlete", rx.hstack(
            rx.link(rx.button(rx.icon("calendar_days", size=16), "Calendar", variant="soft"),
                    href="/console/members/" + member.user_id + "/calendar"),
            rx.link(rx.button(rx.icon("calendar_check", size=16), "Activities", variant="soft"),
                    href="/console/members/" + member.user_id + "/activities"),
            spacing="2", wrap="wrap")),
        spacing="2"), width="100%")


def _removed() -> rx.Component:
    return rx.vstack(notice(MemberState.removed, icon="user_x", color="grass"),
                     rx.link("← All members", href="/console/members"), spacing="3", width="100%")


def _member_details() -> rx.Component:
    member = MemberState.member
    return rx.vstack(
        _member_header(),
        inline_error(MemberState.error),
        rx.cond(MemberState.message != "", notice(MemberState.message, color="grass")),
        rx.card(_member_form(), width="100%", max_width="640px"),
        rx.cond(member.role == "athlete", rx.box(load_chart(), width="100%", max_width="640px")),
        rx.cond(SessionState.is_head_coach & (member.role != "head_coach"), _role_card()),
        rx.link("← All members", href="/console/members"),
        spacing="4", width="100%")


def member_page() -> rx.Component:
    return console_page(
        "Member",
        rx.cond(
            MemberState.removed != "",
            _removed(),
            rx.cond(
                MemberState.missing,
                rx.card(rx.text("This member is not in your roster."), width="100%"),
                rx.cond(MemberState.member.contains("user_id"), _member_details(), rx.spinner()),
            ),
        ),
        active="Members",
    )
