"""The yearly account to the kommunstyrelse (`samverkan report`): model, content, Word and HTML renderers."""

from samverkan.annual.content import Block, content
from samverkan.annual.model import AnnualReport, build_annual

__all__ = ["AnnualReport", "Block", "build_annual", "content"]
