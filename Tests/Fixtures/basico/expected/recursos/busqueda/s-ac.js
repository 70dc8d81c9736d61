window.LIBRO_BUSQUEDA.recibir("s-ac",["enlac"]);
