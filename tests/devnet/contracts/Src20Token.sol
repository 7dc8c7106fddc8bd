// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

interface IDevnetDirectory {
    function devnetKeyOf(address addr) external view returns (uint256);
}

interface IDevnetIntelligence {
    function encryptToProviders(bytes memory plaintext) external view returns (bytes32[] memory, bytes[] memory);
}

/// Standard-EVM twin of a Seismic SRC20 token (spec 8.1-8.5).
///
/// Balances and allowances are plain uint256 here (suint256 on a Seismic
/// chain). Functions whose selectors use shielded types are dispatched in the
/// fallback on msg.sig with the standard ABI decoding of their arguments.
///
/// Encrypted events: a Seismic SRC20 asks the Directory to AES-GCM-encrypt the
/// amount under each party's viewing key (precompiles 0x64/0x66), which a
/// vanilla EVM lacks. This twin emits the events with the real topics
/// (topic3 = keccak256(key), or 0 for a keyless party) and, for a party with a
/// key, a 64-byte placeholder `key || amount` as the bytes payload. The devnet
/// emulator replaces every such payload, wherever a client can see the log,
/// with `AES-GCM(key, nonce, amount) || nonce` (60 bytes). Both encode to the
/// same 128 bytes of log data, so gas is unchanged.
///
/// Event order is the standard library's (SRC20.sol, emitTransferEncrypted):
/// one event per Intelligence provider with a key (placeholders from the
/// Intelligence twin), then the `from`/owner event, then the `to`/spender one.
contract Src20Token {
    address internal constant DIRECTORY = 0x1000000000000000000000000000000000000004;
    address internal constant INTELLIGENCE = 0x1000000000000000000000000000000000000005;
    bytes32 private constant BALANCE_READ_DOMAIN_TYPE = keccak256("EIP712Domain(string name,string version,uint256 chainId)");
    bytes32 private constant BALANCE_READ_TYPE = keccak256("BalanceRead(address owner,uint256 expiry)");

    string public name;
    string public symbol;
    uint8 public immutable decimals;
    address private immutable admin;

    mapping(address => uint256) private balances; // suint256 on a Seismic chain
    mapping(address => mapping(address => uint256)) private allowances;

    event Transfer(address indexed from, address indexed to, bytes32 indexed encryptKeyHash, bytes encryptedAmount);
    event Approval(address indexed owner, address indexed spender, bytes32 indexed encryptKeyHash, bytes encryptedAmount);

    constructor(string memory name_, string memory symbol_, uint8 decimals_) {
        name = name_;
        symbol = symbol_;
        decimals = decimals_;
        admin = msg.sender;
    }

    /// Caller's own balance (SRC20.sol spelling). Use through a signed read.
    function balance() external view returns (uint256) {
        return balances[msg.sender];
    }

    /// Caller's own balance (spelling of the Python SDK's test token).
    function balanceOf() external view returns (uint256) {
        return balances[msg.sender];
    }

    /// `owner`'s balance for whoever holds `owner`'s EIP-712 signature of
    /// BalanceRead(owner, expiry) under the domain ("SRC20BalanceRead", "1",
    /// chain id): no verifying contract, so one signature opens every SRC20 of
    /// the chain. `expiry` is a block timestamp. A plain (unsigned) call.
    function balanceOfSigned(address owner, uint256 expiry, bytes calldata signature) external view returns (uint256) {
        require(block.timestamp <= expiry, "signature expired");
        require(signature.length == 65, "invalid signature length");
        bytes32 domain = keccak256(abi.encode(BALANCE_READ_DOMAIN_TYPE, keccak256("SRC20BalanceRead"), keccak256("1"), block.chainid));
        bytes32 digest = keccak256(abi.encodePacked("\x19\x01", domain, keccak256(abi.encode(BALANCE_READ_TYPE, owner, expiry))));
        address signer = ecrecover(digest, uint8(signature[64]), bytes32(signature[0:32]), bytes32(signature[32:64]));
        require(signer != address(0) && signer == owner, "invalid signature");
        return balances[owner];
    }

    /// Allowance of the caller (owner) towards `spender`.
    function allowance(address spender) external view returns (uint256) {
        return allowances[msg.sender][spender];
    }

    fallback(bytes calldata input) external returns (bytes memory) {
        bytes4 sel = msg.sig;
        if (sel == 0xb10c99b5) {
            // transfer(address,suint256)
            (address to, uint256 amount) = abi.decode(input[4:], (address, uint256));
            _transfer(msg.sender, to, amount);
            return abi.encode(true);
        }
        if (sel == 0x2e62b8c8) {
            // approve(address,suint256)
            (address spender, uint256 amount) = abi.decode(input[4:], (address, uint256));
            allowances[msg.sender][spender] = amount;
            _emitEncrypted(false, msg.sender, spender, amount);
            return abi.encode(true);
        }
        if (sel == 0x9552331e) {
            // transferFrom(address,address,suint256)
            (address from, address to, uint256 amount) = abi.decode(input[4:], (address, address, uint256));
            uint256 allowed = allowances[from][msg.sender];
            if (allowed != type(uint256).max) allowances[from][msg.sender] = allowed - amount;
            _transfer(from, to, amount);
            return abi.encode(true);
        }
        if (sel == 0xd590f35f) {
            // mint(address,suint256), admin only
            require(msg.sender == admin, "Only admin can call this function");
            (address to, uint256 amount) = abi.decode(input[4:], (address, uint256));
            balances[to] += amount;
            _emitEncrypted(true, address(0), to, amount);
            return "";
        }
        if (sel == 0x68787310) {
            // burn(address,suint256), admin only
            require(msg.sender == admin, "Only admin can call this function");
            (address from, uint256 amount) = abi.decode(input[4:], (address, uint256));
            balances[from] -= amount;
            _emitEncrypted(true, from, address(0), amount);
            return "";
        }
        revert();
    }

    function _transfer(address from, address to, uint256 amount) private {
        balances[from] -= amount;
        balances[to] += amount;
        _emitEncrypted(true, from, to, amount);
    }

    /// One event per keyed provider, then one for `a` (from/owner), then one
    /// for `b` (to/spender), spec 8.3.
    function _emitEncrypted(bool isTransfer, address a, address b, uint256 amount) private {
        (bytes32[] memory hashes, bytes[] memory payloads) = IDevnetIntelligence(INTELLIGENCE).encryptToProviders(abi.encodePacked(amount));
        for (uint256 i = 0; i < payloads.length; i++) _emit(isTransfer, a, b, hashes[i], payloads[i]);
        (bytes32 hashA, bytes memory payloadA) = _payloadFor(a, amount);
        _emit(isTransfer, a, b, hashA, payloadA);
        (bytes32 hashB, bytes memory payloadB) = _payloadFor(b, amount);
        _emit(isTransfer, a, b, hashB, payloadB);
    }

    function _emit(bool isTransfer, address a, address b, bytes32 keyHash, bytes memory payload) private {
        if (isTransfer) emit Transfer(a, b, keyHash, payload);
        else emit Approval(a, b, keyHash, payload);
    }

    function _payloadFor(address party, uint256 amount) private view returns (bytes32, bytes memory) {
        if (party == address(0)) return (bytes32(0), "");
        uint256 key = IDevnetDirectory(DIRECTORY).devnetKeyOf(party);
        if (key == 0) return (bytes32(0), "");
        return (keccak256(abi.encodePacked(key)), abi.encodePacked(key, amount));
    }
}
