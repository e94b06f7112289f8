/*-
 * #%L
 * bia-deposit: deposit microscopy datasets in the EBI BioImage Archive.
 * %%
 * Copyright (C) 2026 bia-deposit developers
 * %%
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 * 
 * 1. Redistributions of source code must retain the above copyright notice,
 *    this list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the documentation
 *    and/or other materials provided with the distribution.
 * 
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
 * AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
 * IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
 * ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDERS OR CONTRIBUTORS BE
 * LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
 * CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF
 * SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
 * INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN
 * CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE)
 * ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
 * POSSIBILITY OF SUCH DAMAGE.
 * #L%
 */
package org.biadeposit.harvest.zarr;

import org.biadeposit.harvest.UnitNames;
import org.biadeposit.harvest.UnreadableImageException;

import ome.units.quantity.Length;
import ome.units.quantity.Time;
import ome.units.unit.Unit;

/** The unit of a space or time axis, from the shared {@link UnitNames} table; a unit not there is refused. */
final class NgffUnits {

	private NgffUnits() {}

	/** The unit of a space axis. */
	static Unit<Length> length(Axis axis, String where) throws UnreadableImageException {
		return found(UnitNames.LENGTH.find(axis.unit()), axis, "length", "micrometer or nanometer", where);
	}

	/** The unit of a time axis. */
	static Unit<Time> time(Axis axis, String where) throws UnreadableImageException {
		return found(UnitNames.TIME.find(axis.unit()), axis, "time", "second or millisecond", where);
	}

	private static <U> U found(U unit, Axis axis, String kind, String examples, String where)
		throws UnreadableImageException
	{
		if (unit == null) {
			throw new UnreadableImageException(where + " gives axis \"" + axis.name() + "\" the unit \"" + axis
				.unit() + "\", which is not a " + kind + " unit of UDUNITS-2. Use a unit name NGFF allows, such as " +
				examples);
		}
		return unit;
	}
}
