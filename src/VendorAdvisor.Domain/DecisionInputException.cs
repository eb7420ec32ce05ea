namespace VendorAdvisor.Domain;

/// <summary>
/// Input the engine cannot decide on (unknown ids, non-square matrices, values a method cannot use).
/// The message says why in words a caller can show; the host maps it to HTTP 400.
/// </summary>
public sealed class DecisionInputException : Exception
{
    public DecisionInputException() { }

    public DecisionInputException(string message) : base(message) { }

    public DecisionInputException(string message, Exception innerException) : base(message, innerException) { }
}
