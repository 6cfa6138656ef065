/** PCM-Ops public API. */
package io.pcmops;
