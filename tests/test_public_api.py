import crosswire

PINNED = [
    "Actor", "Article", "CrosswireError", "Document", "Entity", "Event", "InputError",
    "PipelineError", "Quote", "RawDocument", "Settings", "Skipped", "Store", "StoreError",
    "Story", "Timex", "load_settings", "process", "process_batch", "read_inputs", "to_record",
]  # fmt: skip


def test_public_names_are_pinned():
    assert sorted(crosswire.__all__) == sorted(PINNED)
    for name in PINNED:
        assert getattr(crosswire, name) is not None


def test_the_library_processes_a_document_without_the_cli():
    doc = crosswire.process(
        crosswire.RawDocument(id="x", origin="t", content="Mali expelled a French diplomat.")
    )
    assert isinstance(doc, crosswire.Document)
    assert crosswire.to_record(doc)["id"] == "x"
