"""The pages of the Streamlit app (app.py): one module per page, each with ``render(source)``.

UI code lives here, outside ``graph/``: the library never imports streamlit.
"""
