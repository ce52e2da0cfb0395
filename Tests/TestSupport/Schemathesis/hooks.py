"""schemathesis hooks for specgen's tests (SCHEMATHESIS_HOOKS=hooks): values for the formats the
generated types check, which schemathesis, left to itself, fills with any string."""

import schemathesis
from hypothesis import strategies as st

# `uri` is an absolute URI (RFC 3986: a scheme, then the rest); unaided, schemathesis sends "" as
# a valid one, which the generated server rightly answers with a 400.
ABSOLUTE_URI = st.from_regex(r"\Ahttps://[a-z]{1,12}\.example(/[a-z0-9]{1,8}){0,3}\Z")
schemathesis.openapi.format("uri", ABSOLUTE_URI)
schemathesis.openapi.format("url", ABSOLUTE_URI)


@schemathesis.hook
def before_load_schema(context, raw_schema):
    """Spells two schemas as schemathesis 4's coverage phase reads them. Exa's pages write
    `allOf: [{type: [string], format: uri}]`; with the type as a list, or inside a one-member
    `allOf`, that phase forgets the `format` and sends "" as a valid uri. `type: [string]` is
    `type: string`, and an `allOf` of one inline schema is that schema."""
    simplify(raw_schema)


def simplify(node):
    if isinstance(node, list):
        for item in node:
            simplify(item)
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if key not in ("example", "examples"):
            simplify(value)
    if isinstance(node.get("type"), list) and len(node["type"]) == 1 and isinstance(node["type"][0], str):
        node["type"] = node["type"][0]
    parts = node.get("allOf")
    if isinstance(parts, list) and len(parts) == 1 and isinstance(parts[0], dict) and "$ref" not in parts[0]:
        if not (set(parts[0]) & set(node)):
            node.update(node.pop("allOf")[0])


@schemathesis.hook("before_load_schema")
def drop_unlaid_form_bodies(context, raw_schema):
    """A form body with a list of objects has no layout OpenAPI defines: specgen skips it with a
    warning, and schemathesis sends such a body without the list (the pet store's required
    `photoUrls` left out too). Where the operation has another content type, the form is left
    out of the run."""
    schemas = (raw_schema.get("components") or {}).get("schemas") or {}

    def resolved(node):
        for _ in range(20):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                break
            node = schemas.get(node["$ref"].rsplit("/", 1)[-1], {})
        return node if isinstance(node, dict) else {}

    for item in (raw_schema.get("paths") or {}).values():
        for operation in item.values() if isinstance(item, dict) else []:
            content = ((operation or {}).get("requestBody") or {}).get("content") if isinstance(operation, dict) else None
            form = resolved((content or {}).get("application/x-www-form-urlencoded", {}).get("schema"))
            if not form or len(content) < 2:
                continue
            fields = (resolved(field) for field in (form.get("properties") or {}).values())
            if any(field.get("type") == "array" and resolved(field.get("items")).get("properties") for field in fields):
                del content["application/x-www-form-urlencoded"]
