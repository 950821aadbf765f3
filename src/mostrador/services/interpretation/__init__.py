"""Optional interpretation of free text by an LLM (off by default; decision 0005).

`actions` (what may be proposed, and its parsing), `prompt` (what the model is asked),
`desk` (readings between the processor and the async interpreter). Acting on a reading is the
conversation engine's job: `services/conversation/interpreted.py`.
"""
