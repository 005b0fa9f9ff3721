// One cancellation error for the whole import (parsing and writing): thrown when
// the user cancels; inside the write transaction it rolls everything back.
export { ImportCancelled } from './parse'
