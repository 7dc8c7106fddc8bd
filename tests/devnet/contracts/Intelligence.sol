// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

interface IDevnetKeys {
    function devnetKeyOf(address addr) external view returns (uint256);
}

/// Standard-EVM twin of Seismic's Intelligence predeploy
/// (0x1000000000000000000000000000000000000005). The devnet copies this
/// contract's runtime code to that address with anvil_setCode, so there is no
/// constructor state: the owner is set on first use, as on a Seismic chain.
///
/// Intelligence providers are addresses with a viewing key in the Directory.
/// SRC20 tokens ask `encryptToProviders` for one (key hash, ciphertext) pair
/// per provider that has a key, and emit one event per pair before the
/// sender's and recipient's events. The real contract encrypts through
/// Directory.encrypt (AES and RNG precompiles); this twin returns the devnet
/// placeholder `key || plaintext`, which the emulator encrypts wherever a
/// client can see the event (README, "Encrypted SRC20 events").
contract Intelligence {
    address internal constant DIRECTORY = 0x1000000000000000000000000000000000000004;
    address public constant INITIAL_OWNER = 0x6346d64A3f31774283b72926B75Ffda9662266ce;

    address public owner;
    address[] public providers;

    event OwnershipTransferred(address indexed owner);
    event ProviderAdded(address indexed provider);
    event ProviderRemoved(address indexed provider);

    modifier onlyOwner() {
        if (owner == address(0)) owner = INITIAL_OWNER;
        require(msg.sender == owner, "UNAUTHORIZED");
        _;
    }

    function numProviders() external view returns (uint256) {
        return providers.length;
    }

    /// Key hash and placeholder for every provider that (still) has a key,
    /// in provider order; providers without a key are skipped.
    function encryptToProviders(bytes memory plaintext) external view returns (bytes32[] memory hashes, bytes[] memory encrypted) {
        uint256[] memory keys = new uint256[](providers.length);
        uint256 keyed;
        for (uint256 i = 0; i < providers.length; i++) {
            keys[i] = IDevnetKeys(DIRECTORY).devnetKeyOf(providers[i]);
            if (keys[i] != 0) keyed++;
        }
        hashes = new bytes32[](keyed);
        encrypted = new bytes[](keyed);
        uint256 next;
        for (uint256 i = 0; i < keys.length; i++) {
            if (keys[i] == 0) continue;
            hashes[next] = keccak256(abi.encodePacked(keys[i]));
            encrypted[next] = abi.encodePacked(keys[i], plaintext);
            next++;
        }
    }

    function addProvider(address provider) external onlyOwner {
        require(indexOf(provider) == type(uint256).max, "DUPLICATE_PROVIDER");
        require(IDevnetKeys(DIRECTORY).devnetKeyOf(provider) != 0, "PROVIDER_NO_KEY");
        providers.push(provider);
        emit ProviderAdded(provider);
    }

    function removeProvider(address provider) external onlyOwner {
        uint256 at = indexOf(provider);
        require(at != type(uint256).max, "PROVIDER_NOT_FOUND");
        providers[at] = providers[providers.length - 1];
        providers.pop();
        emit ProviderRemoved(provider);
    }

    function transferOwnership(address newOwner) external onlyOwner {
        require(newOwner != address(0), "ZERO_OWNER");
        owner = newOwner;
        emit OwnershipTransferred(newOwner);
    }

    function indexOf(address provider) private view returns (uint256) {
        for (uint256 i = 0; i < providers.length; i++) {
            if (providers[i] == provider) return i;
        }
        return type(uint256).max;
    }
}
