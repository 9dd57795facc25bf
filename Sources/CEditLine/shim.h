#ifndef REVIEW_COACH_CEDITLINE_SHIM_H
#define REVIEW_COACH_CEDITLINE_SHIM_H
#include <stdio.h>
#include <locale.h>
#include <editline/readline.h>
#endif
