// An import worker that dies at once, as one hit by a native crash would: the job must fail cleanly.
throw new Error('this worker dies before doing anything')
