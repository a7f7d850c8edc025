using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace MemoryAspire.Hosting.Orchestration;

/// <summary>
/// Ports for the resources' endpoints. A port is chosen here and bound a moment later by the resource's own process, so
/// something else may take it in between. The likeliest taker is any outgoing connection (a health probe, an HTTP or
/// database client), which gets its local port from the kernel's ephemeral range; so ports come from below that range,
/// are checked free on both loopback addresses (Kestrel binds both for "localhost"), and are never handed out twice by
/// one process.
/// </summary>
internal static class Ports
{
    /// <summary>Below this, ports are conventional service ports (and 1024 below them need root).</summary>
    private const int Lowest = 10000;

    private static readonly Lock Gate = new();
    private static readonly HashSet<int> HandedOut = [];

    /// <summary>A loopback port nobody listens on now, outside the range the kernel gives outgoing connections.</summary>
    public static int GetFree()
    {
        var (low, high) = NonEphemeralRange();
        lock (Gate)
        {
            for (var attempt = 0; attempt < 500 && high > low; attempt++)
            {
                var port = Random.Shared.Next(low, high);
                if (!HandedOut.Contains(port) && IsFree(port))
                {
                    HandedOut.Add(port);
                    return port;
                }
            }

            // Nothing free below the ephemeral range (or no such range): let the kernel choose.
            for (var attempt = 0; attempt < 50; attempt++)
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                listener.Stop();
                if (HandedOut.Add(port))
                {
                    return port;
                }
            }

            throw new DistributedApplicationException("No free loopback port was found for a resource's endpoint.");
        }
    }

    /// <summary>True when nothing is bound to the port on 127.0.0.1, nor on ::1 where the machine has IPv6.</summary>
    public static bool IsFree(int port) =>
        CanBind(IPAddress.Loopback, port) && (!Socket.OSSupportsIPv6 || CanBind(IPAddress.IPv6Loopback, port));

    /// <summary>[low, high) below the kernel's ephemeral port range.</summary>
    internal static (int Low, int High) NonEphemeralRange() => (Lowest, EphemeralLow());

    private static bool CanBind(IPAddress address, int port)
    {
        try
        {
            using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(address, port));
            socket.Listen();
            return true;
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.AddressNotAvailable or SocketError.AddressFamilyNotSupported && address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            // IPv6 is compiled in but ::1 is not configured (some containers): nothing can listen there, so it is not taken.
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int EphemeralLow()
    {
        const string linuxRange = "/proc/sys/net/ipv4/ip_local_port_range";
        if (OperatingSystem.IsLinux() && File.Exists(linuxRange))
        {
            var first = File.ReadAllText(linuxRange).Split((char[])['\t', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var low))
            {
                return low;
            }
        }

        // Windows and macOS start their dynamic range at 49152 by default.
        return OperatingSystem.IsLinux() ? 32768 : 49152;
    }
}
