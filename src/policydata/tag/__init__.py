"""Tag stage: speakers, dates, topics, mentions and keywords for normalised documents.

The composition of all taggers for one document is ``policydata.tag.document.tag_document``;
each tagger lives in its own module (speakers, dates, topics, places, keywords, tokenizer, kb).
"""
