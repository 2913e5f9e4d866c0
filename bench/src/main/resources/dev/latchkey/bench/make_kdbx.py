"""Writes a KDBX 4 database with Argon2id from JSON lines, for the Latchkey benchmark.

usage: make_kdbx.py ENTRIES.jsonl OUT.kdbx ITERATIONS MEMORY_KIB PARALLELISM  (password on stdin)

Each line: {"title", "username", "password", "url", "notes", "tags": [...], "service"}.
Also adds an empty group "Empty", so `keepassxc-cli ls DB /Empty` opens the database and
prints nothing.
"""
import json
import sys

from pykeepass import PyKeePass
from pykeepass.entry import Entry
from pykeepass.kdbx_parsing.kdbx4 import kdf_uuids
from pykeepass.pykeepass import BLANK_DATABASE_LOCATION, BLANK_DATABASE_PASSWORD


def main():
    entries_path, out = sys.argv[1], sys.argv[2]
    iterations, memory_kib, parallelism = (int(a) for a in sys.argv[3:6])
    password = sys.stdin.readline().rstrip("\n")

    kp = PyKeePass(BLANK_DATABASE_LOCATION, BLANK_DATABASE_PASSWORD)  # pykeepass's KDBX 4 template
    kp.password = password
    kdf = kp.kdbx.header.value.dynamic_header.kdf_parameters.data.dict
    kdf["$UUID"].value = kdf_uuids["argon2id"]
    kdf["I"].value = iterations
    kdf["M"].value = memory_kib * 1024
    kdf["P"].value = parallelism
    # pykeepass writes the header bytes it parsed unless they are dropped; without this the
    # file would keep the template's Argon2d settings while the key is derived with ours.
    del kp.kdbx.header["data"]

    root = kp.root_group
    kp.add_group(root, "Empty")
    count = 0
    with open(entries_path, encoding="utf-8") as lines:
        for line in lines:
            e = json.loads(line)
            entry = Entry(title=e["title"], username=e["username"], password=e["password"],
                          url=e["url"] or None, notes=e["notes"] or None, tags=e["tags"] or None, kp=kp)
            if e.get("service"):
                entry.set_custom_property("Service", e["service"])
            # Group.append, not kp.add_entry: add_entry searches for a duplicate first, which
            # makes 100,000 additions quadratic.
            root.append(entry)
            count += 1
    kp.save(out)
    print("wrote %d entries to %s (KDBX %d.%d)" % ((count, out) + kp.version))


if __name__ == "__main__":
    main()
