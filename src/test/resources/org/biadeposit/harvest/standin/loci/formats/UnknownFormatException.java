// Stand-in for Bio-Formats' class of the same name, written for bia-deposit's tests (not Bio-Formats code).
package loci.formats;

public class UnknownFormatException extends FormatException {
	public UnknownFormatException(String message) {
		super(message);
	}
}
