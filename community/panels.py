from wagtail.admin.panels import InlinePanel


class ProgrammePanel(InlinePanel):
    """The sessions of an event, each folded to one line (its time and title) until opened.

    A programme has 40 to 60 sessions: unfolded, Wagtail's inline panel makes a page tens of
    screens long. Sessions with errors, and new ones, stay open.
    """

    class BoundPanel(InlinePanel.BoundPanel):
        template_name = "community/admin/programme_panel.html"
