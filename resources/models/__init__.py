from .pages import LibraryIndexPage, SlideDeckPage
from .slides import Slide
from .tags import SlideDeckTag

__all__ = ["LibraryIndexPage", "Slide", "SlideDeckPage", "SlideDeckTag"]
