#ifndef REVIEW_COACH_CSQLITE_SHIM_H
#define REVIEW_COACH_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
