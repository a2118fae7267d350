#ifndef NEWSGRAPH_CGRAPHVIZ_SHIM_H
#define NEWSGRAPH_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// Swift 6 rejects reading mutable C globals such as Agdirected; these return copies.
static inline Agdesc_t cgraphviz_directed(void) { return Agdirected; }
static inline Agdesc_t cgraphviz_strict_directed(void) { return Agstrictdirected; }
static inline Agdesc_t cgraphviz_undirected(void) { return Agundirected; }
static inline Agdesc_t cgraphviz_strict_undirected(void) { return Agstrictundirected; }

#endif
