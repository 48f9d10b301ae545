/* policydata.tag._tfidf: the counting and ranking step of keywords.extract_keywords, in one C loop.
 *
 * Written by hand because no library does this step on our terms: jieba.analyse (pure Python)
 * and jieba-rs's TF-IDF (not exposed by rjieba) each bring their own stop words, token filter
 * and tie order, and the keywords must stay exactly what keywords.py's pure-Python path gives
 * (tests/test_keywords.py compares the two on the shared corpora and on random token lists).
 *
 * top_weighted(tokens, weights, k, min_length=1) -> (top, total)
 *   tokens   a list of str (a document's tokens, in order)
 *   weights  a dict (keywords._Weights): token -> IDF, 0.0 for a token that is no keyword; a
 *            token it lacks is looked up with weights[token], so its __missing__ fills it in
 *   k        how many words to return
 *   min_length  a token shorter than this many characters weighs 0.0 without a lookup (keywords
 *            passes 2: _Weights gives every single character 0.0, and single characters and
 *            punctuation are about half of a story's tokens)
 *   top      up to k (word, count * weight) pairs, highest first; equal scores keep the order
 *            of first occurrence (what a stable sort with reverse=True gives)
 *   total    how many tokens had a non-zero weight
 *
 * The pure-Python path spends most of its time outside the dictionary reads: building the kept
 * list, a Counter, a second lookup of every distinct word and a sort of tuples through a key
 * function. Here each token is looked up once, counted in a small dict that maps it to a slot,
 * and only the slots are sorted.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>

typedef struct {
    PyObject *word;   /* borrowed: slot_of holds a reference to it as a key */
    double weight;
    Py_ssize_t count;
    Py_ssize_t first; /* slot number = order of first occurrence */
    double score;
} Slot;

static int
by_score(const void *pa, const void *pb)
{
    const Slot *a = (const Slot *)pa, *b = (const Slot *)pb;
    if (a->score > b->score) return -1;
    if (a->score < b->score) return 1;
    return (a->first > b->first) - (a->first < b->first);
}

static PyObject *
top_weighted(PyObject *self, PyObject *args)
{
    PyObject *tokens, *weights;
    Py_ssize_t k, min_length = 1;
    if (!PyArg_ParseTuple(args, "O!O!n|n", &PyList_Type, &tokens, &PyDict_Type, &weights, &k, &min_length))
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(tokens);
    PyObject *slot_of = PyDict_New();
    if (slot_of == NULL)
        return NULL;
    Slot *slots = NULL;
    PyObject *top = NULL, *result = NULL;
    Py_ssize_t n_slots = 0, total = 0;
    if (n > 0) {
        slots = PyMem_Malloc(sizeof(Slot) * (size_t)n);
        if (slots == NULL) {
            PyErr_NoMemory();
            goto done;
        }
    }
    /* bounded by the list's current size too, should __missing__ ever shorten it */
    for (Py_ssize_t i = 0; i < n && i < PyList_GET_SIZE(tokens); i++) {
        PyObject *token = PyList_GET_ITEM(tokens, i);
        if (min_length > 1 && PyUnicode_Check(token) && PyUnicode_GET_LENGTH(token) < min_length)
            continue;
        /* the list may be changed by __missing__ in theory: hold the token while using it */
        Py_INCREF(token);
        PyObject *value = PyDict_GetItemWithError(weights, token);
        double weight;
        if (value != NULL) {
            /* a weight that is no float may run Python code to convert: hold it meanwhile */
            Py_INCREF(value);
            weight = PyFloat_AsDouble(value);
            Py_DECREF(value);
        } else if (PyErr_Occurred()) {
            Py_DECREF(token);
            goto done;
        } else {
            value = PyObject_GetItem(weights, token); /* dict subclass: calls __missing__ */
            if (value == NULL) {
                Py_DECREF(token);
                goto done;
            }
            weight = PyFloat_AsDouble(value);
            Py_DECREF(value);
        }
        if (weight == -1.0 && PyErr_Occurred()) {
            Py_DECREF(token);
            goto done;
        }
        if (weight == 0.0) {
            Py_DECREF(token);
            continue;
        }
        total++;
        PyObject *at = PyDict_GetItemWithError(slot_of, token);
        if (at != NULL) {
            slots[PyLong_AsSsize_t(at)].count++;
        } else if (PyErr_Occurred()) {
            Py_DECREF(token);
            goto done;
        } else {
            PyObject *number = PyLong_FromSsize_t(n_slots);
            if (number == NULL || PyDict_SetItem(slot_of, token, number) < 0) {
                Py_XDECREF(number);
                Py_DECREF(token);
                goto done;
            }
            Py_DECREF(number);
            /* slot_of holds a reference to the word for as long as slots[] is used */
            slots[n_slots].word = token;
            slots[n_slots].weight = weight;
            slots[n_slots].count = 1;
            slots[n_slots].first = n_slots;
            n_slots++;
        }
        Py_DECREF(token);
    }
    for (Py_ssize_t s = 0; s < n_slots; s++)
        slots[s].score = (double)slots[s].count * slots[s].weight;
    if (n_slots > 1)
        qsort(slots, (size_t)n_slots, sizeof(Slot), by_score);
    Py_ssize_t m = k < n_slots ? (k > 0 ? k : 0) : n_slots;
    top = PyList_New(m);
    if (top == NULL)
        goto done;
    for (Py_ssize_t s = 0; s < m; s++) {
        PyObject *pair = Py_BuildValue("(Od)", slots[s].word, slots[s].score);
        if (pair == NULL)
            goto done;
        PyList_SET_ITEM(top, s, pair);
    }
    result = Py_BuildValue("(On)", top, total);
done:
    Py_XDECREF(top);
    PyMem_Free(slots);
    Py_DECREF(slot_of);
    return result;
}

static PyMethodDef methods[] = {
    {"top_weighted", top_weighted, METH_VARARGS,
     "top_weighted(tokens, weights, k, min_length=1) -> (top, total): see the module's source for the contract."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "policydata.tag._tfidf",
    "The counting and ranking step of policydata.tag.keywords, compiled.", -1, methods,
};

PyMODINIT_FUNC
PyInit__tfidf(void)
{
    return PyModule_Create(&module);
}
