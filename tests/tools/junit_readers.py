"""Reads a JUnit report the way CI systems do; used by tests/cli/output_safety.rs.

Usage: python3 junit_readers.py REPORT.xml XSD

1. Jenkins: validates REPORT against junit-10.xsd (tests/fixtures/junit-10.xsd, from the Jenkins
   xUnit plugin) with the `xmlschema` package.
2. junitparser (PyPI): reads every suite and case.
3. GitLab: a port of GitLab's JUnit parser, lib/gitlab/ci/parsers/test/junit.rb in
   gitlab-org/gitlab (read in the gitlabhq/gitlabhq mirror), including the part of
   ActiveSupport's Hash.from_xml it relies on (attributes and child elements become keys,
   dashes in names become underscores, repeated elements become lists, text next to
   attributes is `__content__`).

Prints one JSON object: {"jenkins": "ok" | error, "junitparser": [...], "gitlab": [...]}.
"""

import json
import sys
import xml.etree.ElementTree as ET

report, xsd = sys.argv[1], sys.argv[2]
out = {}

import xmlschema  # noqa: E402

try:
    xmlschema.XMLSchema(xsd).validate(report)
    out["jenkins"] = "ok"
except Exception as e:  # the validator's own message names the element and attribute
    out["jenkins"] = str(e)

import junitparser  # noqa: E402

cases = []
xml = junitparser.JUnitXml.fromfile(report)
for suite in xml:
    for case in suite:
        cases.append(
            {
                "suite": suite.name,
                "name": case.name,
                "classname": case.classname,
                "failed": any(isinstance(r, junitparser.Failure) for r in case.result),
                "message": next((r.message for r in case.result if isinstance(r, junitparser.Failure)), None),
                "text": next((r.text for r in case.result if isinstance(r, junitparser.Failure)), None),
                "system_out": case.system_out,
            }
        )
out["junitparser"] = cases


# --- GitLab's parser ---------------------------------------------------------------------
def from_xml(elem):
    """ActiveSupport's Hash.from_xml for one element (the parts GitLab's parser reads)."""
    children = list(elem)
    text = (elem.text or "").strip()
    if not elem.attrib and not children:
        return elem.text if text else None
    node = {k.replace("-", "_"): v for k, v in elem.attrib.items()}
    for child in children:
        key = child.tag.replace("-", "_")
        value = from_xml(child)
        if key in node:
            if not isinstance(node[key], list):
                node[key] = [node[key]]
            node[key].append(value)
        else:
            node[key] = value
    if text:
        node["__content__"] = elem.text
    return node


def present(v):
    return v is not None and v != "" and v != [] and v != {}


def flatten(v):
    return [x for x in (v if isinstance(v, list) else [v]) if x is not None]


def all_cases(root, parent=None):
    # junit.rb: all_cases / each_case, transcribed.
    if not present(root):
        return
    for node in flatten(root):
        if not isinstance(node, dict):
            continue
        if parent is None:
            yield from all_cases(node.get("testsuites"), root)
        if parent is not None:
            yield from each_case(node.get("testcase"), node.get("name"))
        yield from all_cases(node.get("testsuite"), root)


def each_case(testcase, suite_name):
    if not present(testcase):
        return
    for tc in flatten(testcase):
        tc["suite_name"] = suite_name
        yield tc


def create_test_case(data):
    if "failure" in data:
        status, output = "failed", data["failure"]
    elif "error" in data:
        status, output = "error", data["error"]
    elif "skipped" in data:
        status, output = "skipped", data["skipped"]
    else:
        status, output = "success", None
    if isinstance(output, dict):
        output = output.get("__content__")
    return {
        "suite_name": data.get("suite_name"),
        "classname": data.get("classname"),
        "name": data.get("name"),
        "file": data.get("file"),
        "status": status,
        "system_output": output,
    }


tree = ET.parse(report).getroot()
root = {tree.tag: from_xml(tree)}
out["gitlab"] = [create_test_case(tc) for tc in all_cases(root)]

print(json.dumps(out))
