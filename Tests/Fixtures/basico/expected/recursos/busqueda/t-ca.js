window.LIBRO_BUSQUEDA.recibir("t-ca",{"capitul":[1,[5,1,6,1]]});
