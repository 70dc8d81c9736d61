window.LIBRO_BUSQUEDA.recibir("s-el",["nivel"]);
