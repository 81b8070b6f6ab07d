/** The shared catalogue of measures reports are filled from: each owning module contributes a {@link org.linli.shared.measures.MeasureSource}. */
package org.linli.shared.measures;
