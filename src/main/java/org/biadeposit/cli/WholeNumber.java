package org.biadeposit.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** An option's value that is a whole number of 1 or more ({@code --threads}, {@code --parallel}, {@code --poll}). */
final class WholeNumber implements ITypeConverter<Integer> {

	@Override
	public Integer convert(String value) {
		try {
			int n = Integer.parseInt(value.trim());
			if (n >= 1) return n;
		}
		catch (NumberFormatException e) {
			// said below
		}
		throw new TypeConversionException("a whole number of 1 or more, not '" + value + "'");
	}
}
