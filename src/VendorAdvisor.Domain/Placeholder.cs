namespace VendorAdvisor.Domain; public static class Placeholder;
