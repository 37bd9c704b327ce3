"""The learners' accounts a class server made (`make hub-accounts`, `make hub-remove-accounts`).

As root, the hub makes each learner's Unix account with the class group as its primary group
(WORKSHOP_HUB_GROUP, default workshop-class). This lists them, or removes them with their
homes after the class; it never touches an account of any other group.
"""

from __future__ import annotations

import argparse
import grp
import os
import pwd
import subprocess
import sys

GROUP = os.environ.get("WORKSHOP_HUB_GROUP", "workshop-class")


def class_accounts(group: str = GROUP) -> list[pwd.struct_passwd]:
    """The accounts whose primary group is ``group`` (none if there is no such group)."""
    try:
        gid = grp.getgrnam(group).gr_gid
    except KeyError:
        return []
    return sorted((a for a in pwd.getpwall() if a.pw_gid == gid), key=lambda a: a.pw_name)


def remove(account: pwd.struct_passwd) -> str:
    """Remove ``account`` and its home; the problem, or an empty string."""
    done = subprocess.run(["userdel", "--remove", account.pw_name], capture_output=True,
                          text=True, check=False)
    return "" if done.returncode == 0 else done.stderr.strip()


def main(argv: list[str] | None = None) -> int:
    """List the class's accounts, or remove them with ``--remove``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--remove", action="store_true", help="remove them and their homes")
    args = parser.parse_args(argv)
    found = class_accounts()
    if not found:
        print(f"no accounts in group {GROUP}")
        return 0
    failed = 0
    for account in found:
        if not args.remove:
            print(f"{account.pw_name}\t{account.pw_dir}")
            continue
        problem = remove(account)
        failed += bool(problem)
        print(f"{account.pw_name}: {problem or 'removed with ' + account.pw_dir}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
