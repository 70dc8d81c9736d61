window.LIBRO_BUSQUEDA.recibir("t-tl",{"tlaloc":[3,[36,2,55,1,58,1,48,1,96,1,49,1,97,1]]});
