#!/usr/bin/env python3
"""The Python half of Benchmarks/examples.sh (see its --help).

    examples.py collect ENTRY INDEX WORK   find the JSON response examples of the description whose
                                           entry file is ENTRY, give each the Swift type INDEX
                                           (`specgen index`) names, and write WORK/examples.jsonl
                                           and the harness package's sources under WORK/harness
    examples.py run WORK BINARY            decode and re-encode every example with the built harness
                                           (started again past an example that crashes it)
    examples.py compare WORK NAME DETAILS  compare, validate the failures, print the spec's line,
                                           append every specgen failure to DETAILS (JSON Lines)
    examples.py header | total WORK...     the table's head, and the line that sums the specs

Everything between the steps is kept in WORK: examples.jsonl (what the harness reads),
meta.json (where each example is, its type, its schema), results.jsonl (what the harness wrote),
summary.json (the spec's figures).
"""

import base64
import datetime
import json
import math
import os
import pickle
import re
import subprocess
import sys
import urllib.parse

import yaml

MODULE = "SpecgenExamplesAPI"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# ---------------------------------------------------------------------------------------------
# Reading the description: YAML 1.2's core schema, as specgen reads it (`yes`, `no`, `0755`,
# `12:30` and unquoted dates stay strings), and `$ref`s between files.


class CoreLoader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):
    pass


CoreLoader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", list("~nN") + [""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^[-+]?[0-9]+$", list("-+0123456789")),
    ("tag:yaml.org,2002:float",
     r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
     list("-+.0123456789")),
    ("tag:yaml.org,2002:merge", r"^(?:<<)$", ["<"]),
]:
    CoreLoader.add_implicit_resolver(tag, re.compile(pattern), first)
CoreLoader.add_constructor("tag:yaml.org,2002:int", lambda loader, node: int(loader.construct_scalar(node), 10))
CoreLoader.add_constructor(
    "tag:yaml.org,2002:float",
    lambda loader, node: float(loader.construct_scalar(node).lower().replace(".inf", "inf").replace(".nan", "nan")))
CoreLoader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


def escape(segment):
    return str(segment).replace("~", "~0").replace("/", "~1")


def pointer_text(file, pointer):
    return file + "#/" + "/".join(escape(s) for s in pointer) if pointer else file


class Docs:
    """The files of one description, read when a `$ref` first reaches them; a place in them is
    (file relative to the entry's folder, pointer as a tuple of segments)."""

    def __init__(self, entry):
        self.folder = os.path.dirname(os.path.abspath(entry))
        self.entry = os.path.basename(entry)
        self.files = {}
        root = self.file(self.entry)
        self.swagger = str(root.get("swagger", "")).startswith("2")
        version = str(root.get("openapi", "3.0"))
        self.version = "2.0" if self.swagger else ("3.1" if version.startswith("3.1") or version.startswith("3.2") else "3.0")

    def file(self, name):
        if name not in self.files:
            path = os.path.join(self.folder, name)
            with open(path, "rb") as handle:
                data = handle.read()
            self.files[name] = json.loads(data) if path.endswith(".json") else yaml.load(data, Loader=CoreLoader)
        return self.files[name]

    def at(self, file, pointer):
        node = self.file(file)
        for segment in pointer:
            if isinstance(node, dict):
                if segment in node:
                    node = node[segment]
                elif segment.isdigit() and int(segment) in node:  # a YAML key read as a number
                    node = node[int(segment)]
                else:
                    raise KeyError(pointer_text(file, pointer))
            elif isinstance(node, list) and segment.isdigit() and int(segment) < len(node):
                node = node[int(segment)]
            else:
                raise KeyError(pointer_text(file, pointer))
        return node

    def target(self, file, ref):
        """Where `ref`, written in `file`, leads: (file, pointer)."""
        part, _, fragment = ref.partition("#")
        if part:
            if "://" in part:
                raise KeyError(ref)
            file = os.path.normpath(os.path.join(os.path.dirname(file), urllib.parse.unquote(part))).replace(os.sep, "/")
        segments = [] if fragment in ("", "/") else fragment[1:].split("/")
        pointer = tuple(urllib.parse.unquote(s).replace("~1", "/").replace("~0", "~") for s in segments)
        # `#/components/KIND/NAME` is the merged component of that name, wherever it is written.
        if len(pointer) == 3 and pointer[0] == "components":
            for candidate in (file, self.entry):
                try:
                    self.at(candidate, pointer)
                    return candidate, pointer
                except (KeyError, OSError):
                    pass
        if self.swagger and len(pointer) == 3 and pointer[0] == "components":
            moved = {"schemas": "definitions", "responses": "responses", "parameters": "parameters"}.get(pointer[1])
            if moved:
                return self.entry, (moved, pointer[2])
        return file, pointer

    def follow(self, file, pointer, node):
        """Follows `$ref`s from a node until a node without one: (file, pointer, node)."""
        seen = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            file, pointer = self.target(file, node["$ref"])
            if (file, pointer) in seen:
                raise KeyError("$ref cycle at " + pointer_text(file, pointer))
            seen.add((file, pointer))
            node = self.at(file, pointer)
        return file, pointer, node


# ---------------------------------------------------------------------------------------------
# Collecting the examples.


def is_json_media(media):
    media = str(media).split(";")[0].strip().lower()
    return media == "application/json" or media.endswith("+json") or media == "*/*" or media.endswith("/json")


class Collector:
    def __init__(self, docs, index):
        self.docs = docs
        self.examples = []  # dicts: where, source, kind, type, schema, value
        self.seen = set()
        self.untyped = []   # (where, reason)
        self.skipped = []   # (where, reason): not an example specgen's types can be asked about
        self.operations = {}
        for operation in index["operations"]:
            responses = {str(r["status"]).upper(): r for r in operation["responses"]}
            self.operations[(operation["method"].lower(), operation["path"])] = responses
        self.declarations = {}
        for declaration in index["declarations"]:
            place = self.declaration_place(declaration["pointer"])
            if place and place not in self.declarations:
                self.declarations[place] = declaration["name"]

    def declaration_place(self, text):
        """The place of a declaration's schema, when its pointer names one outside the operations."""
        file, hash_, fragment = text.partition("#")
        if not hash_:
            if not re.search(r"\.(ya?ml|json)$", file):
                return None  # a place inside a file's schema, which the index does not point at
            return (file, ())
        if fragment.startswith("/paths/"):
            return None
        try:
            place = self.docs.target(file or self.docs.entry, "#" + fragment)
            self.docs.at(*place)
            return place
        except (KeyError, OSError):
            return None

    def add(self, where, source, kind, type_name, schema, value):
        if isinstance(value, str) and value.lstrip()[:1] in ("{", "["):
            # A JSON body written as a string.
            try:
                value = json.loads(value)
            except ValueError:
                pass
        if value is None:
            self.skipped.append((where, "the example is null"))
            return
        if type_name is None:
            self.untyped.append((where, schema))
            return
        key = (source, type_name)
        if key in self.seen:
            return
        self.seen.add(key)
        try:
            text = json.dumps(value, allow_nan=False, ensure_ascii=False, separators=(",", ":"))
        except ValueError:
            self.skipped.append((where, "not JSON (NaN or infinity)"))
            return
        self.examples.append({"where": where, "source": source, "kind": kind, "type": type_name, "schema": schema, "json": text})

    def collect(self):
        docs = self.docs
        root = docs.file(docs.entry)
        for path, item in (root.get("paths") or {}).items():
            try:
                item_file, item_pointer, item = docs.follow(docs.entry, ("paths", path), item)
            except (KeyError, OSError) as error:
                self.skipped.append(("paths/" + path, "unresolved $ref " + str(error)))
                continue
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                try:  # DigitalOcean writes each operation in a file of its own
                    operation_file, operation_pointer, operation = docs.follow(item_file, item_pointer + (method,), item[method])
                except (KeyError, OSError) as error:
                    self.skipped.append((f"{method.upper()} {path}", "unresolved $ref " + str(error)))
                    continue
                if not isinstance(operation, dict):
                    continue
                known = self.operations.get((method, str(path)))
                responses = operation.get("responses") or {}
                for status, response in responses.items():
                    where = f"{method.upper()} {path} {status}"
                    place = (operation_file, operation_pointer + ("responses", str(status)))
                    try:
                        file, pointer, response = docs.follow(place[0], place[1], response)
                    except (KeyError, OSError) as error:
                        self.skipped.append((where, "unresolved $ref " + str(error)))
                        continue
                    if not isinstance(response, dict):
                        continue
                    indexed = None if known is None else known.get(str(status).upper())
                    reason = "specgen made no method for the operation" if known is None else (
                        "the index has no such response" if indexed is None else None)
                    if docs.swagger:
                        self.swagger_response(where, file, pointer, response, indexed, reason)
                    else:
                        self.openapi_response(where, file, pointer, response, indexed, reason)
        self.schema_examples()

    def response_type(self, indexed, reason, media, schema_place):
        """The Swift type of a response body of `media`: the client's, when it reads that media
        type; else the declaration of the schema it names; else None."""
        if indexed is not None and indexed.get("encoding") == "json" and indexed.get("type") and (
                self.docs.swagger or indexed.get("contentType") == media):
            return indexed["type"]
        if schema_place is not None:
            file, pointer = schema_place
            try:
                node = self.docs.at(file, pointer)
                if isinstance(node, dict) and isinstance(node.get("$ref"), str):
                    name = self.declarations.get(self.docs.target(file, node["$ref"]))
                    if name:
                        return name
            except (KeyError, OSError):
                pass
        return None

    def openapi_response(self, where, file, pointer, response, indexed, reason):
        docs = self.docs
        content = response.get("content")
        if content is None:
            return
        try:
            content_file, content_pointer, content = docs.follow(file, pointer + ("content",), content)
        except (KeyError, OSError) as error:
            self.skipped.append((where, "unresolved $ref " + str(error)))
            return
        if not isinstance(content, dict):
            return
        for media, entry in content.items():
            if not is_json_media(media):
                continue
            try:
                media_file, media_pointer, entry = docs.follow(content_file, content_pointer + (media,), entry)
            except (KeyError, OSError) as error:
                self.skipped.append((where, "unresolved $ref " + str(error)))
                continue
            if not isinstance(entry, dict):
                continue
            schema_place = (media_file, media_pointer + ("schema",)) if "schema" in entry else None
            type_name = self.response_type(indexed, reason, media, schema_place)
            label = f"{where} {media}"
            if "example" in entry:
                self.add(label + " example", pointer_text(media_file, media_pointer + ("example",)), "media example",
                         type_name, schema_place, entry["example"])
            examples = entry.get("examples")
            if isinstance(examples, dict):
                for name, example in examples.items():
                    try:
                        ex_file, ex_pointer, example = docs.follow(media_file, media_pointer + ("examples", str(name)), example)
                    except (KeyError, OSError) as error:
                        self.skipped.append((label, "unresolved example $ref " + str(error)))
                        continue
                    if not isinstance(example, dict) or "value" not in example:
                        self.skipped.append((f"{label} examples/{name}", "an Example Object without `value`"))
                        continue
                    self.add(f"{label} examples/{name}", pointer_text(ex_file, ex_pointer + ("value",)), "media examples",
                             type_name, schema_place, example["value"])
            if schema_place is not None:
                self.inline_schema_examples(f"{label} schema", schema_place, type_name)

    def swagger_response(self, where, file, pointer, response, indexed, reason):
        schema_place = (file, pointer + ("schema",)) if "schema" in response else None
        type_name = self.response_type(indexed, reason, None, schema_place)
        examples = response.get("examples")
        if isinstance(examples, dict):
            for media, value in examples.items():
                if is_json_media(media):
                    self.add(f"{where} examples/{media}", pointer_text(file, pointer + ("examples", media)),
                             "response examples", type_name, schema_place, value)
        if schema_place is not None:
            self.inline_schema_examples(f"{where} schema", schema_place, type_name)

    def inline_schema_examples(self, label, schema_place, type_name):
        """A body schema's own `example` (3.1: `examples`), which a `$ref` to a component leaves to
        the component's declaration."""
        try:
            node = self.docs.at(*schema_place)
        except (KeyError, OSError):
            return
        if not isinstance(node, dict) or "$ref" in node:
            return
        for suffix, value in self.schema_values(node):
            self.add(label + " " + "/".join(suffix), pointer_text(schema_place[0], schema_place[1] + suffix),
                     "schema example", type_name, schema_place, value)

    def schema_values(self, node, scalars=True):
        """A schema's examples, `example` and 3.1's `examples`: objects and lists, and with
        `scalars` any value but null."""
        kinds = (dict, list, str, int, float, bool) if scalars else (dict, list)
        values = []
        if isinstance(node.get("example"), kinds):
            values.append((("example",), node["example"]))
        if self.docs.version == "3.1" and isinstance(node.get("examples"), list):
            values += [(("examples", str(i)), v) for i, v in enumerate(node["examples"]) if isinstance(v, kinds)]
        return values

    def schema_examples(self):
        """Every declaration's schema's own examples, decoded into that declaration: a component's
        (a whole file's) whatever their kind, a nested declaration's when they are objects or lists
        (a property's enum value says little)."""
        for (file, pointer), name in self.declarations.items():
            try:
                node = self.docs.at(file, pointer)
            except (KeyError, OSError):
                continue
            if not isinstance(node, dict):
                continue
            component = pointer == () or pointer[:2] == ("components", "schemas") and len(pointer) == 3 or (
                pointer[:1] == ("definitions",) and len(pointer) == 2)
            for suffix, value in self.schema_values(node, scalars=component):
                self.add(f"schema {pointer_text(file, pointer)} {'/'.join(suffix)}", pointer_text(file, pointer + suffix),
                         "schema example", name, (file, pointer), value)


BUILTINS = {
    "String": "Swift.String", "Int": "Swift.Int", "Int32": "Swift.Int32", "Int64": "Swift.Int64",
    "Double": "Swift.Double", "Float": "Swift.Float", "Bool": "Swift.Bool",
    "Date": "Foundation.Date", "URL": "Foundation.URL", "UUID": "Foundation.UUID", "Data": "Foundation.Data",
}


def qualified(spelling):
    """A type's spelling with each name qualified by its module, so the harness, which imports
    Foundation beside the generated module, reads it as the generated code does."""
    def qualify(match):
        name = match.group(0)
        return BUILTINS.get(name, MODULE + "." + name)
    return re.sub(r"`?[A-Za-z_][A-Za-z0-9_]*`?(?:\.`?[A-Za-z_][A-Za-z0-9_]*`?)*", qualify, spelling)


def collect(entry, index_path, work):
    docs = Docs(entry)
    with open(index_path) as handle:
        index = json.load(handle)
    collector = Collector(docs, index)
    collector.collect()
    types = sorted({e["type"] for e in collector.examples})
    numbers = {t: i for i, t in enumerate(types)}
    with open(os.path.join(work, "examples.jsonl"), "w") as handle:
        for number, example in enumerate(collector.examples):
            example["id"] = number
            handle.write(json.dumps({"id": number, "type": numbers[example["type"]], "json": example["json"]}) + "\n")
    with open(os.path.join(work, "meta.json"), "w") as handle:
        json.dump({"version": docs.version, "entry": docs.entry, "folder": docs.folder,
                   "examples": [{k: v for k, v in e.items() if k != "json"} for e in collector.examples],
                   "untyped": collector.untyped, "skipped": collector.skipped}, handle)
    with open(os.path.join(work, "docs.pickle"), "wb") as handle:
        pickle.dump(docs, handle, protocol=pickle.HIGHEST_PROTOCOL)
    write_harness(os.path.join(work, "harness"), types)
    print(f"{len(collector.examples)} examples of {len(types)} types; {len(collector.untyped)} without a type;"
          f" {len(collector.skipped)} skipped")


def write_harness(folder, types):
    here = os.path.dirname(os.path.abspath(__file__))
    sources = os.path.join(folder, "Sources", "Harness")
    os.makedirs(sources, exist_ok=True)
    with open(os.path.join(folder, "Package.swift"), "w") as handle:
        handle.write(f"""// swift-tools-version: 6.0
// Written by Benchmarks/examples/examples.py: the generated types, and a harness that decodes examples.
import PackageDescription

let package = Package(
    name: "Harness",
    targets: [
        .target(name: "{MODULE}", path: "Sources/{MODULE}"),
        .executableTarget(name: "Harness", dependencies: ["{MODULE}"], path: "Sources/Harness"),
    ]
)
""")
    with open(os.path.join(here, "main.swift")) as source, open(os.path.join(sources, "main.swift"), "w") as handle:
        handle.write(source.read())
    lines = ["// Written by Benchmarks/examples/examples.py: each example's type, by number.",
             "import Foundation", f"import {MODULE}", "",
             "func roundTrip(type number: Int, _ data: Foundation.Data) -> Outcome {",
             "    switch number {"]
    for number, spelling in enumerate(types):
        lines.append(f"    case {number}: return roundTrip({qualified(spelling)}.self, data)  // {spelling}")
    lines += ["    default: return Outcome(error: \"no type \\(number)\", stage: \"harness\")", "    }", "}", ""]
    with open(os.path.join(sources, "Table.swift"), "w") as handle:
        handle.write("\n".join(lines))


# ---------------------------------------------------------------------------------------------
# Running the harness.


def run(work, binary):
    """Runs the harness over every example; when it crashes, starts it again after the example it
    was decoding, which is recorded as a crash."""
    examples = os.path.join(work, "examples.jsonl")
    results = os.path.join(work, "results.jsonl")
    with open(examples) as handle:
        count = sum(1 for _ in handle)
    open(results, "w").close()
    start, crashes = 0, 0
    while start < count:
        process = subprocess.run([binary, examples, results, str(start)], stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE, timeout=1800)
        done = read_results(results)
        if process.returncode == 0:
            break
        crashed = max(done, default=start - 1) + 1
        if crashed >= count:
            break
        message = process.stderr.decode("utf-8", "replace").strip().splitlines()
        message = next((line for line in message if "Fatal error" in line or "fatal error" in line.lower()),
                       message[0] if message else f"exit status {process.returncode}")
        with open(results, "a") as handle:
            handle.write(json.dumps({"id": crashed, "error": f"the harness crashed ({process.returncode}): {message[:300]}",
                                     "stage": "crash"}) + "\n")
        crashes += 1
        start = crashed + 1
    if crashes:
        print(f"the harness crashed on {crashes} examples")


def read_results(path):
    results = {}
    with open(path) as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                results[row["id"]] = row
    return results


# ---------------------------------------------------------------------------------------------
# JSON Schema for judging an example: the OpenAPI schema with its `$ref`s gathered under `$defs`,
# 3.0's `nullable` (and Swagger's `x-nullable`) as a type that allows null, and only the keywords
# that decide how a value decodes: types, properties, required, items, the combinators, enums
# and consts, and the formats specgen gives a Swift type of their own (date-time, uuid, uri,
# int32, int64). Lengths, ranges and patterns are not checked: a decoder does not read them.
# `oneOf` is read as `anyOf` (a discriminator picks one member where several match).


KEEP = {"type", "enum", "const", "required", "format"}
SUBSCHEMA_MAPS = {"properties", "patternProperties"}
SUBSCHEMAS = {"additionalProperties", "not", "contains", "propertyNames", "unevaluatedProperties", "if", "then", "else"}
SUBSCHEMA_LISTS = {"allOf", "anyOf", "oneOf", "prefixItems"}


class SchemaBuilder:
    def __init__(self, docs):
        self.docs = docs
        self.defs = {}
        self.names = {}

    def reference(self, file, ref):
        target = self.docs.target(file, ref)
        name = self.names.get(target)
        if name is None:
            name = self.names[target] = f"s{len(self.names)}"
            self.defs[name] = {}
            try:
                node = self.docs.at(*target)
            except (KeyError, OSError):
                node = {}
            self.defs[name] = self.convert(node, target[0])
        return {"$ref": "#/$defs/" + name}

    def at(self, place):
        file, pointer = place
        schema = self.convert(self.docs.at(file, pointer), file)
        return schema

    def convert(self, node, file):
        if isinstance(node, bool):
            return node
        if not isinstance(node, dict):
            return {}
        version = self.docs.version
        out = {}
        if isinstance(node.get("$ref"), str):
            out = self.reference(file, node["$ref"])
            if version != "3.1":
                # Siblings of a `$ref` count for nothing before 3.1, but `nullable` is honoured.
                return self.nullable(out, node)
        for key, value in node.items():
            if key in SUBSCHEMA_MAPS and isinstance(value, dict):
                out[key] = {str(k): self.convert(v, file) for k, v in value.items()}
            elif key in SUBSCHEMAS:
                out[key] = self.convert(value, file) if isinstance(value, dict) else value
            elif key in SUBSCHEMA_LISTS and isinstance(value, list):
                name = "anyOf" if key == "oneOf" else key
                converted = [self.convert(v, file) for v in value]
                if name in out:  # an anyOf beside a oneOf: both must hold
                    out["allOf"] = out.get("allOf", []) + [{name: converted}]
                else:
                    out[name] = converted
            elif key == "items":
                if isinstance(value, list):
                    # Slack's `items: [A, B]`, which OpenAPI does not have: read as specgen reads
                    # it, a list of A or B under `type: array`, else A or B.
                    members = {"anyOf": [self.convert(v, file) for v in value]}
                    kinds = node.get("type")
                    if kinds == "array" or isinstance(kinds, list) and "array" in kinds:
                        out["items"] = members
                    else:
                        out["allOf"] = out.get("allOf", []) + [members]
                elif isinstance(value, (dict, bool)):
                    out["items"] = self.convert(value, file)
            elif key in KEEP:
                out[key] = value
        if out.get("type") == "file":
            del out["type"]
        if isinstance(out.get("type"), list) and "file" in out["type"]:
            out["type"] = [t for t in out["type"] if t != "file"]
        if isinstance(out.get("required"), list) and isinstance(node.get("properties"), dict):
            # A response carries no writeOnly property, required or not.
            properties = node["properties"]
            out["required"] = [name for name in out["required"]
                               if not (isinstance(properties.get(name), dict) and properties[name].get("writeOnly") is True)]
        return self.nullable(out, node)

    @staticmethod
    def nullable(out, node):
        if node.get("nullable") is not True and node.get("x-nullable") is not True:
            return out
        if isinstance(out.get("enum"), list) and None not in out["enum"]:
            out["enum"] = out["enum"] + [None]
        kinds = out.get("type")
        if isinstance(kinds, str):
            out["type"] = [kinds, "null"]
        elif isinstance(kinds, list):
            out["type"] = kinds if "null" in kinds else kinds + ["null"]
        else:
            return {"anyOf": [out, {"type": "null"}]}
        return out


URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*$")
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$")
UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def is_date(text):
    try:
        return bool(re.match(r"^\d{4}-\d{2}-\d{2}$", text)) and datetime.date.fromisoformat(text) is not None
    except ValueError:
        return False


def is_base64(text):
    """Base64 as RFC 4648 writes it, canonical: what decodes and encodes back the same."""
    try:
        return base64.b64encode(base64.b64decode(text, validate=True)).decode() == text
    except ValueError:
        return False


def format_checker():
    import jsonschema
    checker = jsonschema.FormatChecker(formats=())
    checker.checks("date-time")(lambda v: not isinstance(v, str) or bool(RFC3339.match(v)) and parse_instant(v) is not None)
    checker.checks("date")(lambda v: not isinstance(v, str) or is_date(v))
    checker.checks("byte")(lambda v: not isinstance(v, str) or is_base64(v))
    checker.checks("uuid")(lambda v: not isinstance(v, str) or bool(UUID.match(v)))
    checker.checks("uri")(lambda v: not isinstance(v, str) or bool(URI.match(v)))
    checker.checks("url")(lambda v: not isinstance(v, str) or bool(URI.match(v)))
    checker.checks("int32")(lambda v: not isinstance(v, int) or isinstance(v, bool) or -2**31 <= v < 2**31)
    checker.checks("int64")(lambda v: not isinstance(v, int) or isinstance(v, bool) or -2**63 <= v < 2**63)
    return checker


class Judge:
    def __init__(self, docs):
        import jsonschema
        self.jsonschema = jsonschema
        self.builder = SchemaBuilder(docs)
        self.checker = format_checker()
        self.schemas = {}

    def schema(self, place):
        if place is None:
            return None
        place = (place[0], tuple(place[1]))
        if place not in self.schemas:
            try:
                self.schemas[place] = self.builder.at(place)
            except (KeyError, OSError):
                self.schemas[place] = None
        return self.schemas[place]

    def problems(self, value, place):
        """Each way `value` breaks its schema, as (path, message); a missing required key is placed
        at that key. Empty when it is valid, or has no schema jsonschema can use."""
        schema = self.schema(place)
        if schema is None:
            return []
        found = []
        try:
            for error in self.validator(schema).iter_errors(value):
                path = tuple(str(p) for p in error.absolute_path)
                message = f"at /{'/'.join(path)}: {error.message[:240]}"
                if error.validator == "required" and isinstance(error.instance, dict):
                    found += [(path + (str(key),), message) for key in error.validator_value if key not in error.instance]
                else:
                    found.append((path, message))
        except Exception:  # a schema jsonschema cannot use (a pattern Python's re cannot read): not judged
            return []
        return found

    # Which keys a schema declares, for telling a dropped undeclared key from lost data.

    def expand(self, schema, value, depth=0):
        """The schemas `value` must satisfy here: `$ref`s followed, `allOf` opened, and of a
        `oneOf` or `anyOf` the members `value` is valid against (all of them when none is), so a
        key only another member declares counts as undeclared."""
        if not isinstance(schema, dict) or depth > 40:
            return []
        if "$ref" in schema and schema["$ref"].startswith("#/$defs/"):
            found = [s for s in [schema] if "properties" in s or "additionalProperties" in s or "items" in s]
            return found + self.expand(self.builder.defs.get(schema["$ref"][len("#/$defs/"):], {}), value, depth + 1)
        result = [schema]
        for member in schema.get("allOf") if isinstance(schema.get("allOf"), list) else []:
            result += self.expand(member, value, depth + 1)
        for key in ("anyOf", "oneOf"):
            members = schema.get(key) if isinstance(schema.get(key), list) else []
            matching = [member for member in members if self.satisfies(member, value)]
            for member in matching or members:
                result += self.expand(member, value, depth + 1)
        return result

    def satisfies(self, schema, value):
        try:
            return self.validator(schema).is_valid(value)
        except Exception:  # a schema jsonschema cannot use: counted as satisfied, as `problems` does
            return True

    def validator(self, schema):
        whole = dict(schema) if isinstance(schema, dict) else {"allOf": [schema]}
        whole["$defs"] = self.builder.defs
        whole["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        return self.jsonschema.Draft202012Validator(whole, format_checker=self.checker)

    def declares(self, schemas, key):
        for schema in schemas:
            if key in (schema.get("properties") or {}):
                return True
            extra = schema.get("additionalProperties")
            if extra is True or isinstance(extra, dict):
                return True
            for pattern in schema.get("patternProperties") or {}:
                try:
                    if re.search(pattern, key):
                        return True
                except re.error:
                    return True
        return False

    def child(self, schemas, key, value):
        result = []
        for schema in schemas:
            if key in (schema.get("properties") or {}):
                result += self.expand(schema["properties"][key], value)
                continue
            matched = False
            for pattern, member in (schema.get("patternProperties") or {}).items():
                try:
                    if re.search(pattern, key):
                        result += self.expand(member, value)
                        matched = True
                except re.error:
                    pass
            if not matched and isinstance(schema.get("additionalProperties"), dict):
                result += self.expand(schema["additionalProperties"], value)
        return result

    def element(self, schemas, value):
        result = []
        for schema in schemas:
            if isinstance(schema.get("items"), dict):
                result += self.expand(schema["items"], value)
        return result


# ---------------------------------------------------------------------------------------------
# Comparing an example with what came back.


def parse_instant(text):
    """An ISO 8601 date-time (with a time and an offset or Z) as an aware datetime, plus its
    fraction of a second beyond microseconds; else None."""
    match = re.match(r"^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}(?::\d{2})?)(?:\.(\d+))?([Zz]|[+-]\d{2}:?\d{2})$", text)
    if not match:
        return None
    day, time, fraction, zone = match.groups()
    fraction = fraction or ""
    zone = "+00:00" if zone in ("Z", "z") else (zone if ":" in zone else zone[:3] + ":" + zone[3:])
    try:
        moment = datetime.datetime.fromisoformat(f"{day}T{time}{zone}")
    except ValueError:
        return None
    return moment.timestamp() + (float("0." + fraction) if fraction else 0.0)


def kind(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def short(value, limit=80):
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def differences(original, back, path, schemas, judge, out):
    """Appends (cause, path, detail) for each way `back` differs from `original`."""
    if isinstance(original, dict) and isinstance(back, dict):
        for key, value in original.items():
            key = str(key)
            if key not in back:
                if not judge.declares(schemas, key):
                    out.append(("undeclared key dropped", path + [key], short(value)))
                elif value is None:
                    out.append(("explicit null dropped", path + [key], "null"))
                else:
                    out.append(("declared data lost", path + [key], short(value)))
            else:
                differences(value, back[key], path + [key], judge.child(schemas, key, value), judge, out)
        for key, value in back.items():
            if key not in original:
                out.append(("null added" if value is None else "key added", path + [key], short(value)))
        return
    if isinstance(original, list) and isinstance(back, list):
        if len(original) != len(back):
            out.append(("value changed: array length", path, f"{len(original)} items became {len(back)}"))
            return
        for index, (a, b) in enumerate(zip(original, back)):
            differences(a, b, path + [index], judge.element(schemas, a), judge, out)
        return
    a, b = kind(original), kind(back)
    if a == "number" and b == "number":
        if original == back or math.isclose(original, back, rel_tol=1e-12, abs_tol=0):
            return
        out.append(("value changed: number", path, f"{short(original)} became {short(back)}"))
        return
    if a == "string" and b == "string":
        if original == back:
            return
        first, second = parse_instant(original), parse_instant(back)
        if first is not None and second is not None:
            if abs(first - second) < 1e-9:
                return
            cause = "value changed: date precision" if abs(first - second) < 1 else "value changed: date"
            out.append((cause, path, f"{short(original)} became {short(back)}"))
        elif original.lower() == back.lower():
            out.append(("value changed: letter case", path, f"{short(original)} became {short(back)}"))
        else:
            out.append(("value changed: string", path, f"{short(original)} became {short(back)}"))
        return
    if a == b == "boolean" and original == back or a == b == "null":
        return
    if a == "string" and b == "number" and parse_instant(original) is not None:
        out.append(("value changed: date as a number", path, f"{short(original)} became {short(back)}"))
        return
    out.append((f"value changed: {a} became {b}", path, f"{short(original)} became {short(back)}"))


# The cause an example is counted under: its most serious difference.
SEVERITY = ["crash", "decode error", "encode error", "value changed", "declared data lost", "explicit null dropped",
            "null added", "key added"]
COLUMNS = [("decode", ("crash", "decode error", "encode error")), ("changed", ("value changed",)),
           ("lost", ("declared data lost",)), ("null", ("explicit null dropped",)), ("added", ("null added", "key added"))]


def primary(causes):
    for cause in SEVERITY:
        if any(c == cause or c.startswith(cause + ":") for c in causes):
            return cause
    return None


def related(first, second):
    """Whether one path leads to the other: a schema problem there explains a difference here."""
    first, second = tuple(str(p) for p in first), tuple(str(p) for p in second)
    shorter = min(len(first), len(second))
    return first[:shorter] == second[:shorter]


def error_path(message):
    """The coding path in a harness error (`key 'id' not found at .data[0]` is data[0].id)."""
    match = re.search(r" at (\.[^\s:]*|\.)(?::|$)", message)
    if not match:
        return ()
    path = tuple(key or int(index) for key, index in re.findall(r"\.([^.\[\]]+)|\[(\d+)\]", match.group(1)))
    missing = re.match(r"key '([^']*)' not found", message)
    return path + (missing.group(1),) if missing else path


def path_text(path):
    return "".join(f"[{p}]" if isinstance(p, int) else "." + str(p) for p in path) or "."


def compare(work, name, details_path, seconds=None):
    with open(os.path.join(work, "meta.json")) as handle:
        meta = json.load(handle)
    with open(os.path.join(work, "docs.pickle"), "rb") as handle:
        docs = pickle.load(handle)
    results = read_results(os.path.join(work, "results.jsonl"))
    originals = {}
    with open(os.path.join(work, "examples.jsonl")) as handle:
        for line in handle:
            row = json.loads(line)
            originals[row["id"]] = json.loads(row["json"])
    judge = Judge(docs)
    counts = {"examples": len(meta["examples"]), "untyped": len(meta["untyped"]), "decoded": 0, "exact": 0,
              "undeclared": 0, "valid": 0, "missing": 0}
    causes = {}     # primary cause -> {"specgen": n, "invalid": n}
    detail = {}     # (primary cause, finer cause) -> n, for specgen failures
    rows = []
    for example in meta["examples"]:
        number = example["id"]
        original = originals[number]
        result = results.get(number)
        found = []
        if result is None:
            found.append(("crash", [], "no result: the harness did not reach it"))
            counts["missing"] += 1
        elif "json" in result:
            counts["decoded"] += 1
            back = json.loads(result["json"])
            schemas = judge.expand(judge.schema(example["schema"]), original)
            differences(original, back, [], schemas, judge, found)
        else:
            stage = result.get("stage", "decode")
            if stage != "decode":
                counts["decoded"] += 1 if stage == "encode" else 0
            found.append((f"{stage} error" if stage in ("decode", "encode") else "crash", [], result.get("error", "")))
        if not found:
            counts["exact"] += 1
            continue
        if primary([f[0] for f in found]) is None:
            counts["undeclared"] += 1
            continue
        # A difference is the example's fault when its schema is broken on the way to it, or
        # below it; the example is specgen's failure when any difference is not.
        problems = judge.problems(original, example["schema"])
        serious = [f for f in found if f[0] != "undeclared key dropped"]
        for index, (kind, path, text) in enumerate(serious):
            if kind in ("decode error", "encode error"):
                serious[index] = (kind, error_path(text), text)
        unexplained = [f for f in serious if not any(related(f[1], p[0]) for p in problems)]
        side = "specgen" if unexplained else "invalid"
        counted = unexplained or serious
        cause = primary([f[0] for f in counted])
        causes.setdefault(cause, {"specgen": 0, "invalid": 0})[side] += 1
        finer = next(f[0] for f in counted if f[0] == cause or f[0].startswith(cause + ":"))
        if side == "specgen":
            detail[finer] = detail.get(finer, 0) + 1
        explaining = [p[1] for p in problems if any(related(f[1], p[0]) for f in serious)]
        rows.append({"spec": name, "where": example["where"], "source": example["source"], "type": example["type"],
                     "fault": side, "cause": finer, "causes": sorted({f[0] for f in found}),
                     "differences": [{"cause": c, "path": path_text(p), "detail": d} for c, p, d in counted[:12]],
                     "more": max(0, len(counted) - 12),
                     "schema problems": (explaining if side == "invalid" else [p[1] for p in problems])[:5]})
    counts["specgen"] = sum(c["specgen"] for c in causes.values())
    counts["invalid"] = sum(c["invalid"] for c in causes.values())
    summary = {"name": name, "counts": counts, "causes": causes, "detail": detail}
    if seconds is not None:
        summary["seconds"] = int(seconds)
    with open(os.path.join(work, "summary.json"), "w") as handle:
        json.dump(summary, handle)
    with open(os.path.join(work, "failures.jsonl"), "w") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(details_path, "a") as handle:
        for row in rows:
            if row["fault"] == "specgen":
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(table_line(summary))


def table_line(summary):
    counts, causes = summary["counts"], summary["causes"]

    def pair(members):
        specgen = sum(causes.get(m, {}).get("specgen", 0) for m in members)
        invalid = sum(causes.get(m, {}).get("invalid", 0) for m in members)
        return f"{specgen}/{invalid}"

    typed = counts["examples"]
    exact = counts["exact"]
    percent = f"{100 * exact / typed:.1f}%" if typed else "-"
    cells = [f"{summary['name'][:44]:<44}", f"{typed:>8}", f"{counts['untyped']:>7}", f"{counts['decoded']:>7}",
             f"{exact:>6}", f"{percent:>6}", f"{counts['undeclared']:>6}", f"{counts['specgen']:>7}", f"{counts['invalid']:>7}"]
    cells += [f"{pair(members):>8}" for _, members in COLUMNS]
    if "seconds" in summary:
        cells.append(f"{summary['seconds']:>5}")
    return " ".join(cells)


def header():
    cells = [f"{'spec':<44}", f"{'examples':>8}", f"{'untyped':>7}", f"{'decoded':>7}", f"{'exact':>6}", f"{'':>6}",
             f"{'~exact':>6}", f"{'specgen':>7}", f"{'invalid':>7}"]
    cells += [f"{title:>8}" for title, _ in COLUMNS]
    cells.append(f"{'s':>5}")
    text = " ".join(cells)
    print(text)
    print("-" * len(text))


def total(works):
    summaries = []
    for work in works:
        path = os.path.join(work, "summary.json")
        if os.path.exists(path):
            with open(path) as handle:
                summaries.append(json.load(handle))
    counts, causes, detail = {}, {}, {}
    for summary in summaries:
        for key, value in summary["counts"].items():
            counts[key] = counts.get(key, 0) + value
        for cause, sides in summary["causes"].items():
            for side, value in sides.items():
                causes.setdefault(cause, {"specgen": 0, "invalid": 0})[side] += value
        for cause, value in summary["detail"].items():
            detail[cause] = detail.get(cause, 0) + value
    if not summaries:
        return
    everything = {"name": f"total ({len(summaries)} specs)", "counts": counts, "causes": causes, "detail": detail,
                  "seconds": sum(summary.get("seconds", 0) for summary in summaries)}
    print("-" * len(table_line(everything)))
    print(table_line(everything))
    if detail:
        print()
        print("specgen's failures by their most serious difference: " +
              ", ".join(f"{cause} {count}" for cause, count in sorted(detail.items(), key=lambda item: -item[1])))


def main(arguments):
    command = arguments[0] if arguments else ""
    if command == "collect" and len(arguments) == 4:
        collect(*arguments[1:])
    elif command == "run" and len(arguments) == 3:
        run(*arguments[1:])
    elif command == "compare" and len(arguments) in (4, 5):
        compare(*arguments[1:])
    elif command == "header":
        header()
    elif command == "total":
        total(arguments[1:])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.setrecursionlimit(20000)
    sys.exit(main(sys.argv[1:]))
