window.LIBRO_BUSQUEDA.recibir("s-at",["contrat","format"]);
