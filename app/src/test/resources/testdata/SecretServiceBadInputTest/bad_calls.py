# Bad calls to org.freedesktop.secrets, made with jeepney (Python's D-Bus library) so that the
# types and paths are exactly as written. Prints one line per call: its name and the error
# name of the reply (or OK), then the error texts, for the test to check.
import os
from jeepney import DBusAddress, HeaderFields, MessageType, new_method_call
from jeepney.io.blocking import open_dbus_connection

SECRET = os.environ["PROBE_SECRET"].encode()
BUS = "org.freedesktop.secrets"
ROOT = "/org/freedesktop/secrets"
LOGIN = ROOT + "/collection/login"
texts = []


def call(conn, path, iface, method, sig=None, body=()):
    msg = new_method_call(DBusAddress(path, bus_name=BUS, interface=iface), method, sig, body)
    reply = conn.send_and_get_reply(msg, timeout=20)
    if reply.header.message_type == MessageType.error:
        texts.append(str(reply.body))
        return reply.header.fields[HeaderFields.error_name]
    return reply


def show(name, result):
    print(name, result if isinstance(result, str) else "OK")


a = open_dbus_connection("SESSION")
b = open_dbus_connection("SESSION")
props = "org.freedesktop.DBus.Properties"
service = "org.freedesktop.Secret.Service"
item = "org.freedesktop.Secret.Item"
collection = "org.freedesktop.Secret.Collection"

show("unknown-collection", call(a, ROOT + "/collection/nope", props, "GetAll", "s", (collection,)))
show("malformed-item", call(a, LOGIN + "/zzz", props, "GetAll", "s", (item,)))
show("unknown-item", call(a, LOGIN + "/00000000_0000_0000_0000_000000000000", props, "GetAll", "s", (item,)))
show("item-call-on-collection", call(a, LOGIN, item, "GetSecret", "o", ("/",)))
show("outside-the-tree", call(a, ROOT + "/other/thing", props, "GetAll", "s", (service,)))
show("unknown-algorithm", call(a, ROOT, service, "OpenSession", "sv", ("rot13", ("s", ""))))
show("dh-input-not-bytes", call(a, ROOT, service, "OpenSession", "sv",
                                ("dh-ietf1024-sha256-aes128-cbc-pkcs7", ("s", "x"))))
show("dh-input-degenerate", call(a, ROOT, service, "OpenSession", "sv",
                                 ("dh-ietf1024-sha256-aes128-cbc-pkcs7", ("ay", b"\x01"))))
show("search-wrong-type", call(a, ROOT, service, "SearchItems", "s", ("not a dict",)))

opened = call(a, ROOT, service, "OpenSession", "sv", ("plain", ("s", "")))
session = opened.body[1]
show("someone-elses-session", call(b, ROOT, service, "GetSecrets", "aoo", ([], session)))

def create(conn, attrs_variant, secret, params=b""):
    return call(conn, LOGIN, collection, "CreateItem", "a{sv}(oayays)b",
                ({"org.freedesktop.Secret.Item.Label": ("s", "x"),
                  "org.freedesktop.Secret.Item.Attributes": attrs_variant},
                 (session, params, secret, "text/plain"), True))

show("attributes-not-a-dict", create(a, ("s", "oops"), SECRET))
show("too-many-attributes", create(a, ("a{ss}", {"k%d" % i: "v" for i in range(200)}), SECRET))
show("huge-secret", create(a, ("a{ss}", {"k": "huge"}), SECRET * (9 * 1024 * 1024 // len(SECRET) + 1)))
show("plain-secret-with-parameters", create(a, ("a{ss}", {"k": "p"}), SECRET, b"\x00" * 16))
for i in range(100):
    fresh = call(a, ROOT, service, "OpenSession", "sv", ("plain", ("s", ""))).body[1]
# A client keeps its newest sessions only: the first of these hundred is gone.
show("evicted-session", call(a, ROOT, service, "GetSecrets", "aoo", ([], session)))
session = fresh
show("still-serving", create(a, ("a{ss}", {"probe": "good"}), SECRET))
print("TEXTS", " | ".join(texts))
