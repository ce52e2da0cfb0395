"""An independent judge of the requests the generated clients send.

Serves on 127.0.0.1 (a port the system picks, printed on the first line of stdout) and answers
every request with what openapi-core understood of it, as JSON:

    {"errors": [...], "parameters": {"path": {...}, "query": {...}, "header": {...},
     "cookie": {...}}, "body": ..., "security": {scheme: credential}, "raw": {"path": ..., "query": ..., "headers": {...},
     "body": base64}}

`errors` lists openapi-core's validation errors (empty when the request is valid). The server
stops when stdin closes (the test that started it ends) or after --lifetime seconds.

    python3 oracle.py SPEC [--keep-servers] [--lifetime SECONDS]

Unless --keep-servers is given, the document's servers are replaced by this server's own
address, so a spec written for a real host can be judged here.
"""

import argparse
import base64
import datetime
import decimal
import json
import sys
import threading
import uuid
from wsgiref.simple_server import WSGIRequestHandler, make_server

import yaml
from openapi_core import OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest
from werkzeug.wrappers import Request, Response


def plain(value):
    """The JSON form of what openapi-core unmarshalled."""
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, (bytes, bytearray)):
        return {"$bytes": base64.b64encode(bytes(value)).decode()}
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, decimal.Decimal):
        return float(value)
    if hasattr(value, "items") and callable(value.items):
        return {str(key): plain(item) for key, item in value.items()}
    return value


def errors_of(error):
    """Every message of an openapi-core error, nested causes included."""
    messages = [f"{type(error).__name__}: {error}"]
    for nested in getattr(error, "schema_errors", None) or []:
        messages.append(f"  {nested.message} at {list(nested.absolute_path)}")
    cause = error.__cause__
    if cause is not None and cause is not error:
        messages.extend("  " + line for line in errors_of(cause))
    return messages


class Quiet(WSGIRequestHandler):
    def log_message(self, format, *args):
        pass


def main():
    arguments = argparse.ArgumentParser()
    arguments.add_argument("spec")
    arguments.add_argument("--keep-servers", action="store_true")
    arguments.add_argument("--lifetime", type=float, default=300)
    options = arguments.parse_args()

    with open(options.spec, encoding="utf-8") as file:
        document = yaml.safe_load(file)
    server = make_server("127.0.0.1", 0, None, handler_class=Quiet)
    address = f"http://127.0.0.1:{server.server_port}"
    if not options.keep_servers:
        document["servers"] = [{"url": address}]
        for item in document.get("paths", {}).values():
            item.pop("servers", None)
            for operation in item.values():
                if isinstance(operation, dict):
                    operation.pop("servers", None)
    openapi = OpenAPI.from_dict(document)

    def application(environ, start_response):
        request = Request(environ)
        raw = {
            "path": environ.get("RAW_URI") or environ.get("PATH_INFO", ""),
            "query": environ.get("QUERY_STRING", ""),
            "headers": {name: value for name, value in request.headers.items()},
            "body": base64.b64encode(request.get_data()).decode(),
        }
        answer = {"errors": [], "parameters": {}, "body": None, "security": {}, "raw": raw}
        try:
            result = openapi.unmarshal_request(WerkzeugOpenAPIRequest(request))
            for error in result.errors:
                answer["errors"].extend(errors_of(error))
            parameters = result.parameters
            answer["parameters"] = {
                location: plain(getattr(parameters, location) or {})
                for location in ("path", "query", "header", "cookie")
            }
            answer["body"] = plain(result.body)
            answer["security"] = plain(result.security or {})
        except Exception as error:  # a judge reports, it does not crash
            answer["errors"].extend(errors_of(error))
        response = Response(json.dumps(answer), content_type="application/json")
        return response(environ, start_response)

    server.set_app(application)
    print(address, flush=True)

    def stop_when_stdin_closes():
        sys.stdin.read()
        server.shutdown()

    threading.Thread(target=stop_when_stdin_closes, daemon=True).start()
    timer = threading.Timer(options.lifetime, server.shutdown)
    timer.daemon = True
    timer.start()
    server.serve_forever()


if __name__ == "__main__":
    main()
