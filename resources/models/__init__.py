from .pages import CaseStudyAuthor, CaseStudyPage, LibraryIndexPage, SlideDeckPage
from .slides import Slide
from .snippets import Institution
from .tags import CaseStudyTag, SlideDeckTag

__all__ = [
    "CaseStudyAuthor",
    "CaseStudyPage",
    "CaseStudyTag",
    "Institution",
    "LibraryIndexPage",
    "Slide",
    "SlideDeckPage",
    "SlideDeckTag",
]
