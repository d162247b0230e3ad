# asyncio over sockets: start_server/open_connection streams, a Unix server, the
# loop.sock_* coroutines, protocol callbacks, and a refused connection.
import asyncio
import os
import socket
import tempfile

log = []

async def echo(reader, writer):
    peer = writer.get_extra_info('peername')
    log.append(('peer is loopback', peer[0] == '127.0.0.1'))
    async for line in reader:
        if line.strip() == b'quit':
            break
        writer.write(line.upper())
        await writer.drain()
    writer.write(b'bye\n')
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def tcp():
    server = await asyncio.start_server(echo, '127.0.0.1', 0)
    print(type(server).__name__, server.is_serving(), len(server.sockets))
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        print(type(reader).__name__, type(writer).__name__, writer.can_write_eof())
        for word in (b'alpha', b'beta', b'gamma' * 1000):
            writer.write(word + b'\n')
            await writer.drain()
            line = await reader.readline()
            print(len(line), line[:12])
        writer.write(b'quit\n')
        print(await reader.readuntil(b'\n'))
        print(await reader.read(), reader.at_eof())
        writer.close()
        await writer.wait_closed()
    print(server.is_serving(), server.sockets)
    print(log)

async def exact():
    async def handler(reader, writer):
        writer.write(b'0123456789')
        writer.write_eof()
        await writer.drain()
        writer.close()
    server = await asyncio.start_server(handler, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(await reader.readexactly(4), await reader.read(3))
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print('incomplete', e.partial, e.expected)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

async def unix():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 's')
        async def handler(reader, writer):
            data = await reader.read(100)
            writer.write(data[::-1])
            await writer.drain()
            writer.close()
        server = await asyncio.start_unix_server(handler, path)
        reader, writer = await asyncio.open_unix_connection(path)
        writer.write(b'unix stream')
        await writer.drain()
        print(await reader.read())
        writer.close()
        await writer.wait_closed()
        server.close()
        await server.wait_closed()

async def low_level():
    loop = asyncio.get_running_loop()
    listener = socket.socket()
    listener.bind(('127.0.0.1', 0))
    listener.listen()
    listener.setblocking(False)
    client = socket.socket()
    client.setblocking(False)
    accept = asyncio.ensure_future(loop.sock_accept(listener))
    await loop.sock_connect(client, listener.getsockname())
    conn, addr = await accept
    print(conn.gettimeout(), addr == client.getsockname())
    await loop.sock_sendall(client, b'x' * 300000)
    got = 0
    while got < 300000:
        got += len(await loop.sock_recv(conn, 65536))
    print(got)
    buf = bytearray(5)
    await loop.sock_sendall(conn, b'hello')
    print(await loop.sock_recv_into(client, buf), buf)
    for s in (conn, client, listener):
        s.close()

    # a refused connection
    probe = socket.socket()
    probe.bind(('127.0.0.1', 0))
    port = probe.getsockname()[1]
    probe.close()
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno, str(e).replace(str(port), 'PORT'))

class Proto(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.events = []
    def connection_made(self, transport):
        self.events.append('made')
        transport.write(b'ping')
        transport.write_eof()
    def data_received(self, data):
        self.events.append(data)
    def eof_received(self):
        self.events.append('eof')
    def connection_lost(self, exc):
        self.events.append(('lost', exc))
        self.done.set_result(self.events)

async def protocols():
    loop = asyncio.get_running_loop()
    async def handler(reader, writer):
        writer.write((await reader.read()) + b' pong')
        await writer.drain()
        writer.close()
    server = await asyncio.start_server(handler, '127.0.0.1', 0)
    done = loop.create_future()
    transport, proto = await loop.create_connection(lambda: Proto(done), *server.sockets[0].getsockname())
    print(type(transport).__name__, transport.get_extra_info('peername') == server.sockets[0].getsockname())
    print(await done)
    server.close()
    await server.wait_closed()

async def main():
    await tcp()
    await exact()
    await unix()
    await low_level()
    await protocols()

asyncio.run(main())
