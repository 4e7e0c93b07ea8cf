#!/bin/sh
# Seed 001's curl examples as written, with https://api.gigas.com changed to $BASE; the calls the seed
# gives no example for are written the same way. Fails (exit 1) at the first unexpected status.
# Usage: BASE=http://127.0.0.1:8880 sh seed001.sh   (login hostingapi / hostingapi, the default Gigas account)
set -eu
BASE=${BASE:-http://127.0.0.1:8880}
expect() { # expect STATUS ...curl arguments: runs curl -i, prints the answer, checks the status line
  want=$1; shift
  out=$(curl -s -i "$@")
  printf '%s\n\n' "$out"
  got=$(printf '%s' "$out" | head -n 1 | cut -d' ' -f2)
  [ "$got" = "$want" ] || { echo "FAILED: expected $want, got $got: $*" >&2; exit 1; }
}
field() { python3 -c "import json,sys; d=json.load(sys.stdin); print(d$1)"; }

TOKEN=$(curl -s -X POST $BASE/token -d '{ "login": "hostingapi", "password": "hostingapi" }' -H "Content-Type: application/json" | field '["token"]')
ACCOUNT_ID=$(curl -s $BASE/accounts -H "Authorization: $TOKEN" -H "Content-Type: application/json" | field '[0]["id"]')
DISK_ID=$(curl -s "$BASE/account/$ACCOUNT_ID/disks?mount_point=/var/lib" -H "Authorization: $TOKEN" | field '[0]["id"]')
OTHER_VM=$(curl -s "$BASE/account/$ACCOUNT_ID/virtual_machines" -H "Authorization: $TOKEN" | field '[0]["id"]')

expect 200 -X GET $BASE/account/$ACCOUNT_ID/disks -H "Authorization: $TOKEN" -H "Content-Type: application/json"
expect 200 -X GET "$BASE/account/$ACCOUNT_ID/disks?primary=true&is_swap=false&offset=0&limit=1" -H "Authorization: $TOKEN" -H "Content-Type: application/json"
expect 200 -X GET $BASE/account/$ACCOUNT_ID/disk/$DISK_ID -H "Authorization: $TOKEN" -H "Content-Type: application/json"
expect 202 -X PUT $BASE/account/$ACCOUNT_ID/disk/$DISK_ID -H "Authorization: $TOKEN" -H "Content-Type: application/json" -d '{"disk_size": 60, "autobackup": 1}'
expect 200 -X PUT $BASE/account/$ACCOUNT_ID/disk/$DISK_ID -H "Authorization: $TOKEN" -H "Content-Type: application/json" -d '{"mount_point": "/srv", "add_to_linux_fstab": true}'
expect 202 -X PUT $BASE/account/$ACCOUNT_ID/disk/$DISK_ID -H "Authorization: $TOKEN" -H "Content-Type: application/json" -d "{\"virtual_machine_id\": $OTHER_VM, \"force_reboot\": true}"
expect 202 -X POST $BASE/account/$ACCOUNT_ID/disk/$DISK_ID/build -H "Authorization: $TOKEN" -H "Content-Type: application/json"
expect 202 -X POST $BASE/account/$ACCOUNT_ID/disk/$DISK_ID/backup -H "Authorization: $TOKEN" -H "Content-Type: application/json"
expect 200 -X GET $BASE/account/$ACCOUNT_ID/disk/$DISK_ID/backups -H "Authorization: $TOKEN" -H "Content-Type: application/json"
expect 200 -X GET "$BASE/account/$ACCOUNT_ID/disk/$DISK_ID/backups?min_disk_size=10" -H "Authorization: $TOKEN" -H "Content-Type: application/json"
expect 202 -X POST $BASE/account/$ACCOUNT_ID/disk/$DISK_ID/template -H "Authorization: $TOKEN" -H "Content-Type: application/json" -d '{"label": "my template", "console_id": 1}'
expect 202 -X DELETE $BASE/account/$ACCOUNT_ID/disk/$DISK_ID -H "Authorization: $TOKEN" -H "Content-Type: application/json"

# Errors: no credential, a wrong one, a gone disk, a template without its mandatory parameters.
expect 401 -X GET $BASE/account/$ACCOUNT_ID/disks -H "Content-Type: application/json"
expect 401 -X GET $BASE/account/$ACCOUNT_ID/disks -H "Authorization: wrongtoken" -H "Content-Type: application/json"
expect 404 -X GET $BASE/account/$ACCOUNT_ID/disk/$DISK_ID -H "Authorization: $TOKEN" -H "Content-Type: application/json"
expect 422 -X POST $BASE/account/$ACCOUNT_ID/disk/$OTHER_VM/template -H "Authorization: $TOKEN" -H "Content-Type: application/json"
echo "seed 001: every call answered as expected"
