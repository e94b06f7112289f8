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
