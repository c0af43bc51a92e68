# placeholder: CPack settings land with the packaging work
