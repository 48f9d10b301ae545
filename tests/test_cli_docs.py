"""Every command and option of the CLI is documented in the README and has --help with an example."""

from __future__ import annotations

import pytest
import typer.main
from conftest import ROOT
from typer.testing import CliRunner

from policydata.cli import app

README = (ROOT / "README.md").read_text(encoding="utf-8")


def commands(group, prefix: str = ""):
    for name, cmd in group.commands.items():
        if hasattr(cmd, "commands"):  # a command group
            yield from commands(cmd, f"{prefix}{name} ")
        else:
            yield f"{prefix}{name}", cmd


CLICK = typer.main.get_command(app)
ALL = list(commands(CLICK))


def test_the_contract_commands_exist():
    names = {n for n, _ in ALL}
    assert {"run", "extract", "tag", "eval", "eval-html", "query", "export parquet", "serve"} <= names


@pytest.mark.parametrize("name,cmd", ALL, ids=[n for n, _ in ALL])
def test_command_is_documented_with_its_options(name, cmd):
    assert f"policydata {name}" in README, f"README does not document `policydata {name}`"
    for param in cmd.params:
        for opt in param.opts:
            if opt.startswith("--"):
                assert opt in README, f"README does not document {opt} of `policydata {name}`"


@pytest.mark.parametrize("name,cmd", ALL, ids=[n for n, _ in ALL])
def test_help_has_an_example(name, cmd):
    result = CliRunner().invoke(app, [*name.split(), "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
