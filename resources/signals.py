from django.dispatch import Signal

# A deck's slides were converted and stored (first upload, replaced file, retry).
deck_processed = Signal()
