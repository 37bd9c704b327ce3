"""The cluster files (hub/k8s/) parse and agree with the kit and with each other.

They are not run here (no cluster): this checks what can go wrong on paper - YAML that does
not load, a Dockerfile copying paths the kit does not have, a class volume mounted under one
name and claimed under another, a landing page or course folder that does not exist.
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "hub" / "k8s"
DOCKERFILE = K8S / "Dockerfile"


def load(name: str) -> Any:
    """One YAML file of hub/k8s, loaded safely."""
    return YAML(typ="safe").load((K8S / name).read_text("utf-8"))


def instructions(keyword: str) -> list[list[str]]:
    """The arguments of every ``keyword`` line of the Dockerfile (continuations joined)."""
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text("utf-8"))
    return [shlex.split(line)[1:] for line in text.splitlines()
            if line.split(maxsplit=1)[:1] == [keyword]]


def test_every_path_the_dockerfile_copies_exists_in_the_kit() -> None:
    copies = instructions("COPY")
    assert copies
    for args in copies:
        sources = [a for a in args[:-1] if not a.startswith("--")]
        for source in sources:
            assert (ROOT / source).exists(), f"Dockerfile: COPY {source}: not in the kit"


def test_the_image_builds_the_course_where_the_values_copy_it_from() -> None:
    run = " ".join(" ".join(args) for args in instructions("RUN"))
    assert "workshop build learner --course /tmp/kit /srv/course" in run
    hook = load("values.yaml")["singleuser"]["lifecycleHooks"]["postStart"]["exec"]["command"]
    assert "cp -R /srv/course" in hook[-1] and hook[-1].startswith('test -e "$HOME/workshop" ||')
    kernel = json.loads((K8S / "jupyter_server_config.json").read_text("utf-8"))
    assert kernel["MappingKernelManager"]["cull_idle_timeout"] > 0


def test_the_class_volume_is_shared_and_mounted_where_the_pulse_writes() -> None:
    claim = load("class-volume.yaml")
    assert claim["kind"] == "PersistentVolumeClaim"
    assert claim["spec"]["accessModes"] == ["ReadWriteMany"]
    user = load("values.yaml")["singleuser"]
    volumes = {v["name"]: v for v in user["storage"]["extraVolumes"]}
    mounts = {m["name"]: m["mountPath"] for m in user["storage"]["extraVolumeMounts"]}
    assert volumes["class"]["persistentVolumeClaim"]["claimName"] == claim["metadata"]["name"]
    assert user["extraEnv"]["WORKSHOP_CLASS_DIR"].startswith(mounts["class"] + "/")
    init = user["initContainers"][0]
    assert init["volumeMounts"][0]["mountPath"] == mounts["class"]
    assert user["extraEnv"]["WORKSHOP_CLASS_DIR"] in init["command"][-1]


@pytest.mark.parametrize(("key", "expected"), [
    (("singleuser", "uid"), 1000),
    (("cull", "enabled"), True),
    (("hub", "config", "JupyterHub", "authenticator_class"), "shared-password"),
    (("hub", "config", "Authenticator", "allow_all"), True),
    (("singleuser", "memory", "guarantee"), "300M"),
])
def test_values_set(key: tuple[str, ...], expected: object) -> None:
    value: Any = load("values.yaml")
    for part in key:
        value = value[part]
    assert value == expected


def test_the_landing_page_is_a_notebook_of_the_course() -> None:
    url = load("values.yaml")["singleuser"]["defaultUrl"]
    assert url.startswith("/lab/tree/workshop/")
    assert (ROOT / url.removeprefix("/lab/tree/workshop/")).is_file()
