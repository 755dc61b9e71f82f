"""Read a Wagtail edit form as the browser would post it, fields and values as rendered."""

from bs4 import BeautifulSoup


def posted_fields(html, form_id="page-edit-form"):
    """The fields a browser posts when the form is submitted as it is.

    Fields inside <template> (Wagtail's empty inline forms) are left out. StreamFields are
    drawn by JavaScript: they are posted empty, so use this on pages whose streams are empty.
    """
    form = BeautifulSoup(html, "html.parser").find("form", id=form_id)
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.find_parent("template") or field.get("type") in ("file", "submit"):
            continue
        if field.name == "textarea":
            data[name] = field.text
        elif field.name == "select":
            chosen = field.find("option", selected=True)
            data[name] = chosen["value"] if chosen else ""
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        else:
            data[name] = field.get("value", "")
    for stream in form.find_all(attrs={"data-controller": "w-block"}):
        data[f"{stream['id']}-count"] = "0"
    return data
