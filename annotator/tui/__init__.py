"""The Textual desk: the only package of annotator that imports textual.

`factory.build_app(settings)` builds the app; `app.AnnotatorApp` is the small shell
(services, model worker, app-wide keys); each screen in `screens/` owns its bindings.
"""
