window.LIBRO_BUSQUEDA.recibir("t-ej",{"eje":[1,[41,2,79,1,80,5]],"ejidal":[3,[35,1,51,1,43,1,87,1,44,1,88,1]]});
