#ifndef JUESUAN_CPOPPLERGLIB_H
#define JUESUAN_CPOPPLERGLIB_H
#include <poppler.h>
#include <glib.h>
#include <glib-object.h>
#endif
