window.LIBRO_BUSQUEDA.recibir("s-ng",["challeng","networking"]);
