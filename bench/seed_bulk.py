#!/usr/bin/env python3
"""Multiplies the one disk an account has in a stopped HostingApi's SQLite file into COUNT disks,
straight in SQL (creating 100,000 disks through the API takes minutes). Every copy is a faithful
row: the columns of a disk the API created, with a new id, name and entity id.

    seed_bulk.py DATABASE COUNT [API_KEY]

With API_KEY, the template is that account's first disk (without, the first disk of any account: the
seeded accounts may already hold disks of their own, so the default account is not always the one).
"""
import sqlite3
import sys
import uuid


def main():
    path, count = sys.argv[1], int(sys.argv[2])
    db = sqlite3.connect(path)
    columns = [row[1] for row in db.execute("PRAGMA table_info(Disks)") if row[1] != "Id"]
    where = "AccountId = (SELECT Id FROM Accounts WHERE ApiKey = ?)" if len(sys.argv) > 3 else "AccountId IS NOT NULL"
    template = db.execute("SELECT %s FROM Disks WHERE %s ORDER BY Id LIMIT 1" % (", ".join(columns), where), sys.argv[3:4]).fetchone()
    row = dict(zip(columns, template))
    rows = []
    for i in range(1, count):
        copy = dict(row, Name="bulk%06d" % i, EntityId=str(uuid.uuid4()))
        if i % 10 == 0:
            copy["DatacenterId"] = 5  # a few in another datacenter, so a filter has something to select
        rows.append(tuple(copy[c] for c in columns))
    db.executemany("INSERT INTO Disks (%s) VALUES (%s)" % (", ".join(columns), ", ".join("?" * len(columns))), rows)
    db.commit()
    print("disks now:", db.execute("SELECT COUNT(*) FROM Disks WHERE AccountId IS NOT NULL").fetchone()[0])


if __name__ == "__main__":
    main()
